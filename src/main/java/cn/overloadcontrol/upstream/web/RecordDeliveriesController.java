package cn.overloadcontrol.upstream.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.upstream.status.TaskRow;
import cn.overloadcontrol.upstream.status.UploadStatusQueries;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import cn.overloadcontrol.weighing.WeighingRecordsForUpload;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "上报情况" card of a record's detail page, loaded by htmx, so that the weighing module
 * needs no dependency on this one. A record outside the user's data scope is 404.
 */
@Controller
@PreAuthorize("hasAuthority('weighing:view')")
class RecordDeliveriesController {

    static final String VIEW = "upstream/deliveries :: deliveries";

    private final UploadStatusQueries status;
    private final WeighingRecordsForUpload records;
    private final TargetStore targets;

    RecordDeliveriesController(UploadStatusQueries status, WeighingRecordsForUpload records, TargetStore targets) {
        this.status = status;
        this.records = records;
        this.targets = targets;
    }

    @GetMapping("/upstream/records/{id}/deliveries")
    String deliveries(@PathVariable long id, Model model) {
        if (!records.visible(id, CurrentUsers.scope())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Record " + id + " not found");
        }
        List<TaskRow> deliveries = status.deliveriesOf(id);
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("enabledWithoutTask", enabledWithoutTask(deliveries));
        return VIEW;
    }

    /**
     * Returns the names of enabled targets that have no task for the record. Tasks are created
     * only when a record is stored, so such a record was stored before the target was enabled
     * and is not uploaded to it.
     */
    private List<String> enabledWithoutTask(List<TaskRow> deliveries) {
        Set<String> withTask = deliveries.stream().map(TaskRow::targetName).collect(Collectors.toSet());
        return targets.all().stream().filter(UploadTarget::enabled).map(UploadTarget::name)
                .filter(name -> !withTask.contains(name)).toList();
    }
}
