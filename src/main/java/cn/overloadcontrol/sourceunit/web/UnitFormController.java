package cn.overloadcontrol.sourceunit.web;

import java.util.List;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.SourceUnitQueries;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitConcurrentlyModifiedException;
import cn.overloadcontrol.sourceunit.UnitDetail;
import cn.overloadcontrol.sourceunit.UnitFields;
import cn.overloadcontrol.sourceunit.UnitValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing units: /units/new and /units/{id}/edit. */
@Controller
@RequestMapping("/units")
class UnitFormController {

    static final String FORM_VIEW = "units/form";
    static final String CREDIT_CODE_CHECK_VIEW = "units/form :: creditCodeCheck";

    private static final Logger log = LoggerFactory.getLogger(UnitFormController.class);

    private final SourceUnitService units;
    private final SourceUnitQueries queries;
    private final LedgerChoices choices;
    private final MessageSourceAccessor messages;

    UnitFormController(SourceUnitService units, SourceUnitQueries queries, LedgerChoices choices,
            MessageSource messageSource) {
        this.units = units;
        this.queries = queries;
        this.choices = choices;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @InitBinder("unitForm")
    void allowFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('unit:create')")
    String newForm(Model model) {
        UnitForm form = new UnitForm();
        List<AreaView> areas = choices.formAreas(null);
        if (areas.size() == 1) {
            form.setAreaId(areas.get(0).id());
        }
        model.addAttribute("unitForm", form);
        return showForm(model, null, form);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('unit:create')")
    String create(@ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        UnitFields fields = form.toFields(result);
        ProblemErrors.rejectAll(result, onFormFields(units.validate(fields, null)));
        if (result.hasErrors()) {
            return showForm(model, null, form);
        }

        long unitId;
        try {
            unitId = units.create(fields);
        } catch (UnitValidationException e) {
            return rejected(e.problems(), result, model, null, form);
        }
        log.info("Created source unit {} ({})", unitId, fields.name());
        redirect.addFlashAttribute("success", messages.getMessage("unit.form.created", new Object[] {fields.name()}));
        return "redirect:/units/" + unitId;
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('unit:update')")
    String editForm(@PathVariable long id, Model model) {
        UnitForm form = UnitForm.from(queries.detail(id));
        model.addAttribute("unitForm", form);
        return showForm(model, id, form);
    }

    @PostMapping("/{id:\\d+}/edit")
    @PreAuthorize("hasAuthority('unit:update')")
    String update(@PathVariable long id, @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        // A unit outside the user's scope is 404 before any of its fields are checked.
        queries.detail(id);
        UnitFields fields = form.toFields(result);
        ProblemErrors.rejectAll(result, onFormFields(units.validate(fields, id)));
        if (result.hasErrors()) {
            return showForm(model, id, form);
        }

        try {
            units.update(id, fields, form.getVersion());
        } catch (UnitValidationException e) {
            return rejected(e.problems(), result, model, id, form);
        } catch (UnitConcurrentlyModifiedException e) {
            log.warn("Rejected update of source unit {}: changed by someone else since version {}", id,
                    form.getVersion());
            result.reject("problem.unit.concurrently_modified");
            return showForm(model, id, form);
        }
        redirect.addFlashAttribute("success", messages.getMessage("unit.form.updated", new Object[] {fields.name()}));
        return "redirect:/units/" + id;
    }

    /**
     * Returns the credit code check as a form fragment while the user types: the expected check
     * character and the reason box when the check fails, and a hint when the code is malformed.
     */
    @GetMapping("/credit-code-check")
    @PreAuthorize("hasAnyAuthority('unit:create', 'unit:update')")
    String checkCreditCode(@ModelAttribute("unitForm") UnitForm form, Model model) {
        model.addAttribute("creditCodeCheck", CreditCode.check(form.getCreditCode()));
        return CREDIT_CODE_CHECK_VIEW;
    }

    private String rejected(List<FieldProblem> problems, BindingResult result, Model model, Long unitId,
            UnitForm form) {
        ProblemErrors.rejectAll(result, onFormFields(problems));
        return showForm(model, unitId, form);
    }

    /**
     * Moves the check character warning to the reason box: the form shows the warning with the
     * expected character above that box, and the missing reason is what blocks saving.
     */
    private static List<FieldProblem> onFormFields(List<FieldProblem> problems) {
        return problems.stream()
                .map(problem -> "credit_code.check_mismatch".equals(problem.code())
                        ? FieldProblem.error("creditCodeOverrideReason", null, "credit_code.override_reason_required")
                        : problem)
                .toList();
    }

    private String showForm(Model model, Long unitId, UnitForm form) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("areas", choices.formAreas(form.getAreaId()));
        model.addAttribute("unitTypes", choices.formItems(DictionaryKind.UNIT_TYPE, form.getUnitTypeId()));
        model.addAttribute("supervisionModes",
                choices.formItems(DictionaryKind.SUPERVISION_MODE, form.getSupervisionModeId()));
        if (form.getCreditCode() != null && !form.getCreditCode().isBlank()) {
            model.addAttribute("creditCodeCheck", CreditCode.check(form.getCreditCode()));
        }
        return FORM_VIEW;
    }
}
