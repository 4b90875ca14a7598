package cn.overloadcontrol.station.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import cn.overloadcontrol.station.DeviceInventory;
import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.station.StationInstallations;
import cn.overloadcontrol.station.StationQuery;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.StationValidationException;
import cn.overloadcontrol.station.StationView;
import cn.overloadcontrol.station.credential.CredentialService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The station screens: lists (all in scope, or per unit), detail, create and edit. */
@Controller
class StationController {

    static final String LIST_VIEW = "station/list";
    static final String DETAIL_VIEW = "station/detail";
    static final String FORM_VIEW = "station/form";
    private static final int PAGE_SIZE = 20;

    private final StationService stations;
    private final CredentialService credentials;
    private final UnitDirectory units;
    private final RegionService regions;
    private final MessageSource messages;
    private final DeviceInventory devices;
    private final StationInstallations installations;

    StationController(StationService stations, CredentialService credentials, UnitDirectory units,
            RegionService regions, MessageSource messages, DeviceInventory devices,
            StationInstallations installations) {
        this.stations = stations;
        this.credentials = credentials;
        this.units = units;
        this.regions = regions;
        this.messages = messages;
        this.devices = devices;
        this.installations = installations;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("statuses")
    StationStatus[] statuses() {
        return StationStatus.values();
    }

    @ModelAttribute("directions")
    LaneDirection[] directions() {
        return LaneDirection.values();
    }

    @GetMapping("/stations")
    @PreAuthorize("hasAuthority('station:view')")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) StationStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        StationQuery query = new StationQuery(keyword, null, status);
        model.addAttribute("query", query);
        model.addAttribute("page", stations.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return LIST_VIEW;
    }

    @GetMapping("/units/{unitId}/stations")
    @PreAuthorize("hasAuthority('station:view')")
    String listOfUnit(@PathVariable long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
        UnitRef unit = units.findInScope(unitId, CurrentUsers.scope());
        StationQuery query = StationQuery.ofUnit(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("query", query);
        model.addAttribute("page", stations.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return LIST_VIEW;
    }

    @GetMapping("/stations/{id}")
    @PreAuthorize("hasAuthority('station:view')")
    String detail(@PathVariable long id, Model model) {
        StationView station = stations.view(id);
        model.addAttribute("station", station);
        model.addAttribute("areaName", regions.findById(station.areaId()).map(AreaView::name).orElse(""));
        model.addAttribute("credentials", credentials.list(id));
        model.addAttribute("devices", devices.list(id));
        model.addAttribute("installation", installations.view(id));
        model.addAttribute("maintenanceLog", installations.maintenanceLog(id));
        model.addAttribute("today", LocalDate.now(ZoneOffset.ofHours(8)));
        return DETAIL_VIEW;
    }

    @GetMapping("/stations/new")
    @PreAuthorize("hasAuthority('station:manage')")
    String createForm(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("form", StationForm.forUnit(unitId));
        return showForm(model, null);
    }

    @PostMapping("/stations")
    @PreAuthorize("hasAuthority('station:manage')")
    String create(@ModelAttribute("form") StationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return showForm(model, null);
        }
        try {
            long id = stations.create(form.toFields());
            redirect.addFlashAttribute("success", message("station.created"));
            return "redirect:/stations/" + id;
        } catch (StationValidationException e) {
            FormProblems.apply(e.problems(), form, binding);
            return showForm(model, null);
        }
    }

    @GetMapping("/stations/{id}/edit")
    @PreAuthorize("hasAuthority('station:manage')")
    String editForm(@PathVariable long id, Model model) {
        StationView station = stations.view(id);
        model.addAttribute("form", StationForm.of(station));
        return showForm(model, station);
    }

    @PostMapping("/stations/{id}")
    @PreAuthorize("hasAuthority('station:manage')")
    String update(@PathVariable long id, @ModelAttribute("form") StationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        StationView station = stations.view(id);
        if (binding.hasErrors()) {
            return showForm(model, station);
        }
        try {
            stations.update(id, form.toFields(), form.getVersion());
            redirect.addFlashAttribute("success", message("station.updated"));
            return "redirect:/stations/" + id;
        } catch (StationValidationException e) {
            FormProblems.apply(e.problems(), form, binding);
            return showForm(model, station);
        }
    }

    private String showForm(Model model, StationView station) {
        if (model.getAttribute("form") instanceof StationForm form) {
            form.padLanes();
        }
        model.addAttribute("station", station);
        model.addAttribute("units", units.listInScope(CurrentUsers.scope()));
        return FORM_VIEW;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
