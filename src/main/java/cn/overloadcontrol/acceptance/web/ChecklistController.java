package cn.overloadcontrol.acceptance.web;

import cn.overloadcontrol.acceptance.AcceptanceValidationException;
import cn.overloadcontrol.acceptance.ChecklistItemView;
import cn.overloadcontrol.acceptance.ChecklistTemplate;
import cn.overloadcontrol.acceptance.Inspections;
import cn.overloadcontrol.common.validation.FormBinding;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The checklist template screens: the list of items, adding and editing an item. */
@Controller
@PreAuthorize("hasAuthority('acceptance:manage')")
class ChecklistController {

    static final String LIST_VIEW = "acceptance/checklist";
    static final String FORM_VIEW = "acceptance/checklist-form";

    private final ChecklistTemplate template;
    private final Inspections inspections;
    private final MessageSource messages;

    ChecklistController(ChecklistTemplate template, Inspections inspections, MessageSource messages) {
        this.template = template;
        this.inspections = inspections;
        this.messages = messages;
    }

    @GetMapping("/acceptances/checklist")
    String list(Model model) {
        model.addAttribute("items", template.items());
        return LIST_VIEW;
    }

    @GetMapping("/acceptances/checklist/new")
    String newItem(Model model) {
        ChecklistItemForm form = new ChecklistItemForm();
        form.setSortOrder(template.items().stream().mapToInt(ChecklistItemView::sortOrder).max().orElse(0) + 10);
        model.addAttribute("form", form);
        return showForm(model, null);
    }

    @PostMapping("/acceptances/checklist")
    String add(@ModelAttribute("form") ChecklistItemForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return showForm(model, null);
        }
        try {
            template.add(form.toFields());
            redirect.addFlashAttribute("success", message("checklist.saved"));
            return "redirect:/acceptances/checklist";
        } catch (AcceptanceValidationException e) {
            FormBinding.apply(e.problems(), binding);
            return showForm(model, null);
        }
    }

    @GetMapping("/acceptances/checklist/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ChecklistItemView item = template.item(id);
        model.addAttribute("form", ChecklistItemForm.of(item));
        return showForm(model, item);
    }

    @PostMapping("/acceptances/checklist/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ChecklistItemForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ChecklistItemView item = template.item(id);
        if (binding.hasErrors()) {
            return showForm(model, item);
        }
        try {
            template.update(id, form.toFields(), form.getVersion());
            redirect.addFlashAttribute("success", message("checklist.saved"));
            return "redirect:/acceptances/checklist";
        } catch (AcceptanceValidationException e) {
            FormBinding.apply(e.problems(), binding);
            return showForm(model, item);
        }
    }

    private String showForm(Model model, ChecklistItemView item) {
        model.addAttribute("item", item);
        model.addAttribute("checkKeys", inspections.checkKeys());
        return FORM_VIEW;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
