package cn.overloadcontrol.acceptance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import cn.overloadcontrol.acceptance.AcceptanceValidationException;
import cn.overloadcontrol.acceptance.AcceptedUnit;
import cn.overloadcontrol.acceptance.Sampling;
import cn.overloadcontrol.acceptance.SamplingDrawView;
import cn.overloadcontrol.acceptance.SamplingLevel;
import cn.overloadcontrol.acceptance.SamplingLevels;
import cn.overloadcontrol.acceptance.Stratification;
import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.validation.FormBinding;
import cn.overloadcontrol.common.validation.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sampling screens: draws, a new draw or redraw, a draw's sample with results, and its export. */
@Controller
class SamplingController {

    static final String LIST_VIEW = "sampling/list";
    static final String FORM_VIEW = "sampling/form";
    static final String DETAIL_VIEW = "sampling/detail";

    private final Sampling sampling;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final SamplingLevels levels;

    SamplingController(Sampling sampling, AuditLog auditLog, MessageSource messages, SamplingLevels levels) {
        this.sampling = sampling;
        this.levels = levels;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @GetMapping("/sampling")
    @PreAuthorize("hasAuthority('sampling:view')")
    String list(Model model) {
        model.addAttribute("draws", sampling.draws());
        model.addAttribute("levels", SamplingLevel.values());
        return LIST_VIEW;
    }

    @GetMapping("/sampling/new")
    @PreAuthorize("hasAuthority('sampling:manage')")
    String newDraw(@RequestParam(required = false) SamplingLevel level, Model model) {
        DrawForm form = new DrawForm();
        form.setLevel(level);
        List<AcceptedUnit> units = sampling.acceptedUnits();
        form.setUnitIds(units.stream().map(AcceptedUnit::unitId).toList());
        model.addAttribute("form", form);
        return showForm(model, units);
    }

    @PostMapping("/sampling")
    @PreAuthorize("hasAuthority('sampling:manage')")
    String draw(@ModelAttribute("form") DrawForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return showForm(model, sampling.acceptedUnits());
        }
        try {
            long id = sampling.draw(form.getLevel(), form.getUnitIds(), form.getStratifyBy(),
                    ScheduleForm.trim(form.getSeed()), ScheduleForm.trim(form.getRedrawReason()));
            redirect.addFlashAttribute("success", message("sampling.drawn"));
            return "redirect:/sampling/" + id;
        } catch (AcceptanceValidationException e) {
            FormBinding.apply(e.problems(), binding);
            return showForm(model, sampling.acceptedUnits());
        }
    }

    @GetMapping("/sampling/{id}")
    @PreAuthorize("hasAuthority('sampling:view')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("draw", sampling.view(id));
        model.addAttribute("reproduces", sampling.reproduces(id));
        model.addAttribute("outcomes", ManualOutcome.values());
        return DETAIL_VIEW;
    }

    @PostMapping("/sampling/{id}/units/{unitId}")
    @PreAuthorize("hasAuthority('sampling:manage')")
    String recordResult(@PathVariable long id, @PathVariable long unitId,
            @RequestParam(required = false) ManualOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            RedirectAttributes redirect) {
        try {
            sampling.recordResult(id, unitId, ManualOutcome.toItemOutcome(outcome), inspectedOn,
                    ScheduleForm.trim(notes), deadline);
            redirect.addFlashAttribute("success", message("sampling.resultRecorded"));
        } catch (AcceptanceValidationException e) {
            redirect.addFlashAttribute("error",
                    ProblemMessages.text(e.problems(), messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/sampling/" + id;
    }

    @GetMapping("/sampling/{id}/export.xlsx")
    @PreAuthorize("hasAuthority('sampling:view')")
    ResponseEntity<byte[]> export(@PathVariable long id) throws IOException {
        SamplingDrawView draw = sampling.view(id);
        ReportText text = new ReportText(messages);
        String levelLabel = levels.label(draw.level());
        byte[] content = new SamplingWorkbook(text).build(draw, levelLabel, sampling.input(id));
        auditLog.record(AuditEntry.success(AuditAction.EXPORT, "sampling_draw", id, draw.level().name())
                .withDetail("export.xlsx"));
        String fileName = text.get("sampling.export.sheet", levelLabel) + "-" + id + "-"
                + LocalDate.now(ZoneOffset.ofHours(8)) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(AcceptanceExportController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private String showForm(Model model, List<AcceptedUnit> units) {
        model.addAttribute("units", units);
        model.addAttribute("levels", SamplingLevel.values());
        model.addAttribute("stratifications", Stratification.values());
        return FORM_VIEW;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
