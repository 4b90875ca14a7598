package cn.overloadcontrol.weighing.registry;

import cn.overloadcontrol.weighing.VehicleRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The vehicle registry list, searched by a part of the plate. */
@Controller
@PreAuthorize("hasAuthority('vehicle:view')")
class VehicleListController {

    static final String LIST_VIEW = "vehicles/list";
    static final int MAX_SHOWN = 200;

    private final VehicleRegistry registry;

    VehicleListController(VehicleRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/vehicles")
    String list(@RequestParam(name = "plate", required = false) String plate, Model model) {
        model.addAttribute("plate", plate == null ? "" : plate.strip());
        model.addAttribute("vehicles", registry.search(plate, MAX_SHOWN));
        model.addAttribute("maxShown", MAX_SHOWN);
        return LIST_VIEW;
    }
}
