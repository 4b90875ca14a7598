package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import cn.overloadcontrol.sourceunit.SourceUnitQueries;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitDetail;
import cn.overloadcontrol.sourceunit.UnitStatus;
import cn.overloadcontrol.sourceunit.UnitValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One unit: the detail page, its status changes and its publication. */
@Controller
@RequestMapping("/units/{id:\\d+}")
class UnitDetailController {

    static final String DETAIL_VIEW = "units/detail";
    static final String STATUS_VIEW = "units/status";

    /** Publication dates are calendar days in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(UnitDetailController.class);

    private final SourceUnitService units;
    private final SourceUnitQueries queries;
    private final MessageSourceAccessor messages;

    UnitDetailController(SourceUnitService units, SourceUnitQueries queries, MessageSource messageSource) {
        this.units = units;
        this.queries = queries;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('unit:view')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", queries.detail(id));
        return DETAIL_VIEW;
    }

    @GetMapping("/status")
    @PreAuthorize("hasAuthority('unit:status')")
    String statusForm(@PathVariable long id, Model model) {
        StatusChangeForm form = new StatusChangeForm();
        form.setEffectiveDate(LocalDate.now(CHINA));
        model.addAttribute("statusChangeForm", form);
        return showStatusForm(model, queries.detail(id));
    }

    @PostMapping("/status")
    @PreAuthorize("hasAuthority('unit:status')")
    String changeStatus(@PathVariable long id, @ModelAttribute("statusChangeForm") StatusChangeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UnitDetail detail = queries.detail(id);
        form.validate(result);
        if (form.getStatus() != null && form.getStatus() == detail.unit().status()) {
            result.rejectValue("status", "problem.status.unchanged");
        }
        if (result.hasErrors()) {
            return showStatusForm(model, detail);
        }

        units.changeStatus(id, form.getStatus(), form.getEffectiveDate(), form.getReason().strip());
        redirect.addFlashAttribute("success", messages.getMessage("unit.status.changed",
                new Object[] {detail.unit().name(), messages.getMessage(form.getStatus().messageKey())}));
        return "redirect:/units/" + id;
    }

    @PostMapping("/publish")
    @PreAuthorize("hasAuthority('unit:publish')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        UnitDetail detail = queries.detail(id);
        try {
            units.publish(id, LocalDate.now(CHINA));
            redirect.addFlashAttribute("success",
                    messages.getMessage("unit.publish.done", new Object[] {detail.unit().name()}));
        } catch (UnitValidationException e) {
            log.warn("Rejected publishing source unit {}: {}", id, e.getMessage());
            redirect.addFlashAttribute("error", messages.getMessage("unit.publish.rejected",
                    new Object[] {detail.unit().name(), ProblemErrors.describe(e.problems(), messages)}));
        }
        return "redirect:/units/" + id;
    }

    @PostMapping("/unpublish")
    @PreAuthorize("hasAuthority('unit:publish')")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        UnitDetail detail = queries.detail(id);
        units.unpublish(id);
        redirect.addFlashAttribute("success",
                messages.getMessage("unit.unpublish.done", new Object[] {detail.unit().name()}));
        return "redirect:/units/" + id;
    }

    private String showStatusForm(Model model, UnitDetail detail) {
        model.addAttribute("detail", detail);
        model.addAttribute("statuses",
                Arrays.stream(UnitStatus.values()).filter(status -> status != detail.unit().status()).toList());
        return STATUS_VIEW;
    }
}
