package cn.overloadcontrol.weighing.web;

import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.weighing.ingest.ChainCheckReport;
import cn.overloadcontrol.weighing.ingest.ChainVerifier;
import cn.overloadcontrol.weighing.ingest.RecordQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newest records of one station, so installers and staff see that data arrives, and the
 * check of the station's hash chain. The review screens come later.
 */
@Controller
@PreAuthorize("hasAuthority('weighing:view')")
class StationRecordsController {

    static final String VIEW = "weighing/station-records";
    static final int LATEST = 50;

    private final StationService stations;
    private final RecordQueries records;
    private final ChainVerifier chains;

    StationRecordsController(StationService stations, RecordQueries records, ChainVerifier chains) {
        this.stations = stations;
        this.records = records;
        this.chains = chains;
    }

    @GetMapping("/stations/{id}/records")
    String latest(@PathVariable long id, Model model) {
        model.addAttribute("station", stations.view(id));
        model.addAttribute("records", records.latestOfStation(id, LATEST));
        return VIEW;
    }

    @PostMapping("/stations/{id}/records/chain-check")
    String checkChain(@PathVariable long id, RedirectAttributes redirect) {
        stations.view(id);
        ChainCheckReport report = chains.check(id);
        redirect.addFlashAttribute("chainReport", report);
        return "redirect:/stations/" + id + "/records";
    }
}
