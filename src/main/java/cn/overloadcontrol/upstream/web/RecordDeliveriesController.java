package cn.overloadcontrol.upstream.web;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.upstream.status.UploadStatusQueries;
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

    RecordDeliveriesController(UploadStatusQueries status, WeighingRecordsForUpload records) {
        this.status = status;
        this.records = records;
    }

    @GetMapping("/upstream/records/{id}/deliveries")
    String deliveries(@PathVariable long id, Model model) {
        if (!records.visible(id, CurrentUsers.scope())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Record " + id + " not found");
        }
        model.addAttribute("deliveries", status.deliveriesOf(id));
        return VIEW;
    }
}
