package cn.overloadcontrol.region.web;

import java.util.List;
import java.util.Locale;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.region.AreaAdminService;
import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.region.AreaValidationException;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.EditableArea;
import cn.overloadcontrol.region.RegionService;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** The area screen (区域管理) of the office: list, add, edit, deactivate and reactivate. */
@Controller
@RequestMapping("/areas")
@PreAuthorize("hasAuthority('area:manage')")
class AreaController {

    static final String LIST_VIEW = "area/list";
    static final String FORM_VIEW = "area/form";
    static final String FORM = "areaForm";
    private static final String REDIRECT_LIST = "redirect:/areas";
    private static final int SORT_ORDER_STEP = 10;

    private final RegionService regions;
    private final AreaAdminService areaAdmin;
    private final MessageSource messages;

    AreaController(RegionService regions, AreaAdminService areaAdmin, MessageSource messages) {
        this.regions = regions;
        this.areaAdmin = areaAdmin;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("areas", regions.allAreas());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        AreaForm form = new AreaForm();
        form.setKind(AreaKind.OTHER);
        form.setSortOrder(nextSortOrder(regions.allAreas()));
        model.addAttribute(FORM, form);
        return showForm(model, null);
    }

    @PostMapping
    String create(@ModelAttribute(FORM) AreaForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return showForm(model, null);
        }
        try {
            areaAdmin.create(form.toFields());
        } catch (AreaValidationException e) {
            reject(binding, e.problems());
            return showForm(model, null);
        }
        redirect.addFlashAttribute("success", messages.getMessage("area.created", new Object[] {form.getName()},
                locale));
        return REDIRECT_LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        EditableArea editable = areaAdmin.findForEdit(id);
        model.addAttribute(FORM, AreaForm.of(editable.area(), editable.version()));
        return showForm(model, editable.area());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM) AreaForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        AreaView current = areaAdmin.findForEdit(id).area();
        if (form.getVersion() == null) {
            binding.reject("problem.stale");
        }
        if (binding.hasErrors()) {
            return showForm(model, current);
        }
        try {
            areaAdmin.update(id, form.getVersion(), form.toFields());
        } catch (AreaValidationException e) {
            reject(binding, e.problems());
            return showForm(model, current);
        } catch (OptimisticLockingFailureException e) {
            binding.reject("problem.stale");
            return showForm(model, current);
        }
        redirect.addFlashAttribute("success", messages.getMessage("area.updated", new Object[] {form.getName()},
                locale));
        return REDIRECT_LIST;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        String name = areaAdmin.findForEdit(id).area().name();
        if (areaAdmin.deactivate(id)) {
            redirect.addFlashAttribute("success", messages.getMessage("area.deactivated", new Object[] {name}, locale));
        } else {
            redirect.addFlashAttribute("error", messages.getMessage("area.alreadyInactive", new Object[] {name},
                    locale));
        }
        return REDIRECT_LIST;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        String name = areaAdmin.findForEdit(id).area().name();
        if (areaAdmin.activate(id)) {
            redirect.addFlashAttribute("success", messages.getMessage("area.activated", new Object[] {name}, locale));
        } else {
            redirect.addFlashAttribute("error", messages.getMessage("area.alreadyActive", new Object[] {name},
                    locale));
        }
        return REDIRECT_LIST;
    }

    /** Renders the form; {@code area} is the stored area when editing, {@code null} when adding. */
    private String showForm(Model model, AreaView area) {
        model.addAttribute("area", area);
        model.addAttribute("kinds", AreaKind.values());
        return FORM_VIEW;
    }

    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            binding.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(), null);
        }
    }

    private static int nextSortOrder(List<AreaView> areas) {
        int max = areas.stream().mapToInt(AreaView::sortOrder).max().orElse(0);
        return max + SORT_ORDER_STEP;
    }
}
