package cn.overloadcontrol.sourceunit.web;

import java.util.List;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.TrainingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "not yet trained" view (未参训单位): published units that attended no session, counted
 * per area, so the office can tell where training is still missing.
 */
@Controller
@PreAuthorize("hasAuthority('training:view')")
class TrainingCoverageController {

    static final String VIEW = "training/untrained";

    private final TrainingService trainings;
    private final RegionService regions;

    TrainingCoverageController(TrainingService trainings, RegionService regions) {
        this.trainings = trainings;
        this.regions = regions;
    }

    @GetMapping("/trainings/untrained")
    String untrained(@RequestParam(required = false) Long areaId, Model model) {
        model.addAttribute("coverage", trainings.coverage(areaId));
        model.addAttribute("areas", areasInScope(CurrentUsers.scope()));
        model.addAttribute("areaId", areaId);
        return VIEW;
    }

    /** Returns the areas offered in the filter: all for the office, the user's own for town staff. */
    private List<AreaView> areasInScope(DataScope scope) {
        if (scope.all()) {
            return regions.allAreas();
        }
        return regions.allAreas().stream().filter(area -> scope.areaIds().contains(area.id())).toList();
    }
}
