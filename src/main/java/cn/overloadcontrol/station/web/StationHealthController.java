package cn.overloadcontrol.station.web;

import cn.overloadcontrol.station.heartbeat.HeartbeatService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The station's live status panel, which the detail page reloads with htmx. */
@Controller
@PreAuthorize("hasAuthority('station:view')")
class StationHealthController {

    static final String HEALTH_FRAGMENT = "station/health :: panel";

    private final HeartbeatService heartbeats;

    StationHealthController(HeartbeatService heartbeats) {
        this.heartbeats = heartbeats;
    }

    @GetMapping("/stations/{id}/health")
    String health(@PathVariable long id, Model model) {
        model.addAttribute("health", heartbeats.health(id));
        return HEALTH_FRAGMENT;
    }
}
