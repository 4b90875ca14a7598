package cn.overloadcontrol.acceptance.web;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import cn.overloadcontrol.acceptance.AcceptanceService;
import cn.overloadcontrol.acceptance.AcceptanceStatus;
import cn.overloadcontrol.acceptance.AcceptanceValidationException;
import cn.overloadcontrol.acceptance.AcceptanceView;
import cn.overloadcontrol.acceptance.Inspections;
import cn.overloadcontrol.acceptance.RectificationStatus;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.common.validation.FormBinding;
import cn.overloadcontrol.common.validation.ProblemMessages;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
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

/** The acceptance screens: list, scheduling, the inspection page, conclusion and re-inspection. */
@Controller
class AcceptanceController {

    static final String LIST_VIEW = "acceptance/list";
    static final String FORM_VIEW = "acceptance/form";
    static final String DETAIL_VIEW = "acceptance/detail";
    static final String RECTIFICATIONS_VIEW = "acceptance/rectifications";
    private static final int PAGE_SIZE = 20;

    private final AcceptanceService acceptances;
    private final Inspections inspections;
    private final UnitDirectory units;
    private final MessageSource messages;

    AcceptanceController(AcceptanceService acceptances, Inspections inspections, UnitDirectory units,
            MessageSource messages) {
        this.acceptances = acceptances;
        this.inspections = inspections;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/acceptances")
    @PreAuthorize("hasAuthority('acceptance:view')")
    String list(@RequestParam(required = false) AcceptanceStatus status,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", AcceptanceStatus.values());
        model.addAttribute("page", acceptances.search(status, unitId, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return LIST_VIEW;
    }

    @GetMapping("/acceptances/rectifications")
    @PreAuthorize("hasAuthority('acceptance:view')")
    String rectifications(@RequestParam(required = false) RectificationStatus status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", RectificationStatus.values());
        model.addAttribute("rectifications", acceptances.rectifications(status, null));
        model.addAttribute("today", today());
        return RECTIFICATIONS_VIEW;
    }

    @GetMapping("/acceptances/new")
    @PreAuthorize("hasAuthority('acceptance:manage')")
    String scheduleForm(@RequestParam(required = false) Long unitId, Model model) {
        ScheduleForm form = new ScheduleForm();
        form.setUnitId(unitId);
        model.addAttribute("form", form);
        return showForm(model);
    }

    @PostMapping("/acceptances")
    @PreAuthorize("hasAuthority('acceptance:manage')")
    String schedule(@ModelAttribute("form") ScheduleForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return showForm(model);
        }
        try {
            long id = acceptances.schedule(form.getUnitId(), form.getScheduledOn(),
                    ScheduleForm.trim(form.getInspectors()), ScheduleForm.trim(form.getNotes()));
            redirect.addFlashAttribute("success", message("acceptance.scheduled"));
            return "redirect:/acceptances/" + id;
        } catch (AcceptanceValidationException e) {
            FormBinding.apply(e.problems(), binding);
            return showForm(model);
        }
    }

    @GetMapping("/acceptances/{id}")
    @PreAuthorize("hasAuthority('acceptance:view')")
    String detail(@PathVariable long id, Model model) {
        AcceptanceView acceptance = acceptances.view(id);
        model.addAttribute("acceptance", acceptance);
        model.addAttribute("outcomes", ManualOutcome.values());
        model.addAttribute("openTasks", acceptances.rectifications(RectificationStatus.OPEN, acceptance.unitId()));
        model.addAttribute("today", today());
        return DETAIL_VIEW;
    }

    @PostMapping("/acceptances/{id}/evaluate")
    @PreAuthorize("hasAuthority('acceptance:inspect')")
    String evaluate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "acceptance.evaluated", () -> inspections.evaluate(id, version));
    }

    @PostMapping("/acceptances/{id}/items/{itemId}")
    @PreAuthorize("hasAuthority('acceptance:inspect')")
    String record(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) ManualOutcome outcome, @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        return step(id, redirect, "acceptance.itemRecorded",
                () -> inspections.record(id, itemId, ManualOutcome.toItemOutcome(outcome),
                        ScheduleForm.trim(notes)));
    }

    @PostMapping("/acceptances/{id}/items/{itemId}/photos")
    @PreAuthorize("hasAuthority('acceptance:inspect')")
    String addPhoto(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) throws IOException {
        byte[] content = photo == null || photo.isEmpty() ? null : photo.getBytes();
        String fileName = photo == null ? null : photo.getOriginalFilename();
        return step(id, redirect, "acceptance.photoAdded",
                () -> inspections.addPhoto(id, itemId, fileName, content));
    }

    @GetMapping("/acceptances/{id}/photos/{photoId}")
    @PreAuthorize("hasAuthority('acceptance:view')")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long photoId) {
        Inspections.PhotoContent photo = inspections.openPhoto(id, photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.photo().contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .body(new InputStreamResource(photo.content()));
    }

    @PostMapping("/acceptances/{id}/conclude")
    @PreAuthorize("hasAuthority('acceptance:manage')")
    String conclude(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) String conclusionNotes, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            AcceptanceStatus result = acceptances.conclude(id, deadline, ScheduleForm.trim(conclusionNotes), version);
            redirect.addFlashAttribute("success", message("acceptance.concluded." + result.name()));
        } catch (AcceptanceValidationException e) {
            redirect.addFlashAttribute("error", problemText(e.problems()));
        }
        return "redirect:/acceptances/" + id;
    }

    @PostMapping("/acceptances/{id}/reinspection")
    @PreAuthorize("hasAuthority('acceptance:manage')")
    String reinspection(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledOn,
            @RequestParam(required = false) String inspectors, @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        try {
            long newId = acceptances.scheduleReinspection(id, scheduledOn, ScheduleForm.trim(inspectors),
                    ScheduleForm.trim(notes));
            redirect.addFlashAttribute("success", message("acceptance.reinspectionScheduled"));
            return "redirect:/acceptances/" + newId;
        } catch (AcceptanceValidationException e) {
            redirect.addFlashAttribute("error", problemText(e.problems()));
            return "redirect:/acceptances/" + id;
        }
    }

    private String step(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", message(successKey));
        } catch (AcceptanceValidationException e) {
            redirect.addFlashAttribute("error", problemText(e.problems()));
        }
        return "redirect:/acceptances/" + id;
    }

    private String showForm(Model model) {
        model.addAttribute("units", units.listInScope(CurrentUsers.scope()));
        return FORM_VIEW;
    }

    private String problemText(List<FieldProblem> problems) {
        return ProblemMessages.text(problems, messages, LocaleContextHolder.getLocale());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.ofHours(8));
    }
}
