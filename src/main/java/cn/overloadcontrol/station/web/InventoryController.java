package cn.overloadcontrol.station.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.common.validation.FormBinding;
import cn.overloadcontrol.common.validation.ProblemMessages;
import cn.overloadcontrol.station.DeviceInventory;
import cn.overloadcontrol.station.DeviceKind;
import cn.overloadcontrol.station.DeviceView;
import cn.overloadcontrol.station.InventoryOverview;
import cn.overloadcontrol.station.StationInstallations;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationValidationException;
import cn.overloadcontrol.station.StationView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The device inventory screens of a station: devices, installation, maintenance log, emergency plan. */
@Controller
class InventoryController {

    static final String DEVICE_FORM_VIEW = "station/device-form";
    static final String INSTALLATION_FORM_VIEW = "station/installation-form";
    static final String CERTIFICATES_VIEW = "station/certificates";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final StationService stations;
    private final DeviceInventory devices;
    private final StationInstallations installations;
    private final InventoryOverview overview;
    private final MessageSource messages;

    InventoryController(StationService stations, DeviceInventory devices, StationInstallations installations,
            InventoryOverview overview, MessageSource messages) {
        this.stations = stations;
        this.devices = devices;
        this.installations = installations;
        this.overview = overview;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    DeviceKind[] kinds() {
        return DeviceKind.values();
    }

    @GetMapping("/devices/certificates")
    @PreAuthorize("hasAuthority('station:view')")
    String certificates(Model model) {
        LocalDate today = LocalDate.now(CHINA);
        model.addAttribute("today", today);
        model.addAttribute("alerts", overview.certificateAlerts(today));
        return CERTIFICATES_VIEW;
    }

    @GetMapping("/stations/{id}/devices/new")
    @PreAuthorize("hasAuthority('device:manage')")
    String newDevice(@PathVariable long id, @RequestParam(required = false) DeviceKind kind, Model model) {
        DeviceForm form = new DeviceForm();
        form.setKind(kind);
        model.addAttribute("form", form);
        return deviceForm(model, stations.view(id), null);
    }

    @PostMapping("/stations/{id}/devices")
    @PreAuthorize("hasAuthority('device:manage')")
    String addDevice(@PathVariable long id, @ModelAttribute("form") DeviceForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        StationView station = stations.view(id);
        if (binding.hasErrors()) {
            return deviceForm(model, station, null);
        }
        try {
            devices.add(id, form.toFields());
            redirect.addFlashAttribute("success", message("device.created"));
            return "redirect:/stations/" + id + "#inventory";
        } catch (StationValidationException e) {
            FormBinding.apply(e.problems(), binding);
            return deviceForm(model, station, null);
        }
    }

    @GetMapping("/stations/{id}/devices/{deviceId}/edit")
    @PreAuthorize("hasAuthority('device:manage')")
    String editDevice(@PathVariable long id, @PathVariable long deviceId, Model model) {
        DeviceView device = devices.view(id, deviceId);
        model.addAttribute("form", DeviceForm.of(device));
        return deviceForm(model, stations.view(id), device);
    }

    @PostMapping("/stations/{id}/devices/{deviceId}")
    @PreAuthorize("hasAuthority('device:manage')")
    String updateDevice(@PathVariable long id, @PathVariable long deviceId, @ModelAttribute("form") DeviceForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        StationView station = stations.view(id);
        DeviceView device = devices.view(id, deviceId);
        if (binding.hasErrors()) {
            return deviceForm(model, station, device);
        }
        try {
            devices.update(id, deviceId, form.toFields(), form.getVersion());
            redirect.addFlashAttribute("success", message("device.updated"));
            return "redirect:/stations/" + id + "#inventory";
        } catch (StationValidationException e) {
            FormBinding.apply(e.problems(), binding);
            return deviceForm(model, station, device);
        }
    }

    @PostMapping("/stations/{id}/devices/{deviceId}/remove")
    @PreAuthorize("hasAuthority('device:manage')")
    String removeDevice(@PathVariable long id, @PathVariable long deviceId, RedirectAttributes redirect) {
        devices.remove(id, deviceId);
        redirect.addFlashAttribute("success", message("device.removed"));
        return "redirect:/stations/" + id + "#inventory";
    }

    @GetMapping("/stations/{id}/installation/edit")
    @PreAuthorize("hasAuthority('device:manage')")
    String editInstallation(@PathVariable long id, Model model) {
        model.addAttribute("form", InstallationForm.of(installations.view(id)));
        model.addAttribute("station", stations.view(id));
        return INSTALLATION_FORM_VIEW;
    }

    @PostMapping("/stations/{id}/installation")
    @PreAuthorize("hasAuthority('device:manage')")
    String saveInstallation(@PathVariable long id, @ModelAttribute("form") InstallationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("station", stations.view(id));
        if (binding.hasErrors()) {
            return INSTALLATION_FORM_VIEW;
        }
        try {
            installations.save(id, form.toFields(), form.getVersion());
            redirect.addFlashAttribute("success", message("installation.saved"));
            return "redirect:/stations/" + id + "#installation";
        } catch (StationValidationException e) {
            FormBinding.apply(e.problems(), binding);
            return INSTALLATION_FORM_VIEW;
        }
    }

    @PostMapping("/stations/{id}/maintenance")
    @PreAuthorize("hasAuthority('device:manage')")
    String addMaintenance(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate performedOn,
            @RequestParam(required = false) String performedBy, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            installations.addMaintenance(id, performedOn, trim(performedBy), trim(description));
            redirect.addFlashAttribute("success", message("maintenance.added"));
        } catch (StationValidationException e) {
            redirect.addFlashAttribute("error", problemText(e.problems()));
        }
        return "redirect:/stations/" + id + "#maintenance";
    }

    @PostMapping("/stations/{id}/emergency-plan")
    @PreAuthorize("hasAuthority('device:manage')")
    String uploadPlan(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
            installations.uploadEmergencyPlan(id, file == null ? null : file.getOriginalFilename(), content);
            redirect.addFlashAttribute("success", message("emergencyPlan.uploaded"));
        } catch (StationValidationException e) {
            redirect.addFlashAttribute("error", problemText(e.problems()));
        }
        return "redirect:/stations/" + id + "#installation";
    }

    @GetMapping("/stations/{id}/emergency-plan")
    @PreAuthorize("hasAuthority('station:view')")
    ResponseEntity<InputStreamResource> downloadPlan(@PathVariable long id) {
        StationInstallations.PlanContent plan = installations.openEmergencyPlan(id);
        if (plan == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(plan.plan().type().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(plan.plan().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(plan.content()));
    }

    private String deviceForm(Model model, StationView station, DeviceView device) {
        model.addAttribute("station", station);
        model.addAttribute("device", device);
        return DEVICE_FORM_VIEW;
    }

    private String problemText(List<FieldProblem> problems) {
        return ProblemMessages.text(problems, messages, LocaleContextHolder.getLocale());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
