package cn.overloadcontrol.report.web;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.report.DeviceHealth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The device health screen (设备状态): alerts, stations and units within the user's scope. */
@Controller
@PreAuthorize("hasAuthority('station:view')")
class DeviceHealthController {

    static final String VIEW = "report/device-health";

    private final DeviceHealth health;

    DeviceHealthController(DeviceHealth health) {
        this.health = health;
    }

    @GetMapping("/devices/health")
    String show(Model model) {
        model.addAttribute("health", health.view(CurrentUsers.scope(), health.now()));
        return VIEW;
    }
}
