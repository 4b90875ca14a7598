package cn.overloadcontrol.sourceunit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.sourceunit.DictionaryItemView;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.UnitDictionaryService;
import cn.overloadcontrol.sourceunit.UnitDictionaryValidationException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dictionary screen (字典管理): unit types and supervision modes of the ledger. */
@Controller
@RequestMapping("/dictionaries")
@PreAuthorize("hasAuthority('dictionary:manage')")
class UnitDictionaryController {

    static final String LIST_VIEW = "dictionary/list";
    static final String FORM_VIEW = "dictionary/form";
    static final String FORM = "entryForm";
    private static final String REDIRECT_LIST = "redirect:/dictionaries";

    private final UnitDictionaryService dictionaries;
    private final MessageSource messages;

    UnitDictionaryController(UnitDictionaryService dictionaries, MessageSource messages) {
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(Model model) {
        Map<DictionaryKind, List<DictionaryItemView>> byKind = new LinkedHashMap<>();
        for (DictionaryKind kind : DictionaryKind.values()) {
            byKind.put(kind, dictionaries.entries(kind));
        }
        model.addAttribute("dictionaries", byKind);
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(@RequestParam DictionaryKind kind, Model model) {
        UnitDictionaryEntryForm form = new UnitDictionaryEntryForm();
        form.setKind(kind);
        model.addAttribute(FORM, form);
        return showForm(model, null);
    }

    @PostMapping
    String add(@ModelAttribute(FORM) UnitDictionaryEntryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (form.getKind() == null && !binding.hasFieldErrors("kind")) {
            binding.rejectValue("kind", "problem.required");
        }
        if (binding.hasErrors()) {
            return showForm(model, null);
        }
        try {
            dictionaries.add(form.getKind(), form.getCode(), form.getLabel());
        } catch (UnitDictionaryValidationException e) {
            reject(binding, e.problems());
            return showForm(model, null);
        }
        redirect.addFlashAttribute("success", messages.getMessage("dictionary.added",
                new Object[] {form.getLabel()}, locale));
        return REDIRECT_LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        DictionaryItemView entry = dictionaries.find(id);
        UnitDictionaryEntryForm form = new UnitDictionaryEntryForm();
        form.setKind(entry.kind());
        form.setCode(entry.code());
        form.setLabel(entry.label());
        model.addAttribute(FORM, form);
        return showForm(model, entry);
    }

    @PostMapping("/{id}")
    String rename(@PathVariable long id, @ModelAttribute(FORM) UnitDictionaryEntryForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        DictionaryItemView entry = dictionaries.find(id);
        // Kind and code are fixed once an entry exists; show the stored ones whatever was posted.
        form.setKind(entry.kind());
        form.setCode(entry.code());
        try {
            dictionaries.rename(id, form.getLabel());
        } catch (UnitDictionaryValidationException e) {
            reject(binding, e.problems());
            return showForm(model, entry);
        }
        redirect.addFlashAttribute("success", messages.getMessage("dictionary.renamed",
                new Object[] {entry.label(), form.getLabel()}, locale));
        return REDIRECT_LIST;
    }

    @PostMapping("/{id}/move-up")
    String moveUp(@PathVariable long id) {
        dictionaries.move(id, true);
        return REDIRECT_LIST;
    }

    @PostMapping("/{id}/move-down")
    String moveDown(@PathVariable long id) {
        dictionaries.move(id, false);
        return REDIRECT_LIST;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        String label = dictionaries.find(id).label();
        if (dictionaries.deactivate(id)) {
            redirect.addFlashAttribute("success", messages.getMessage("dictionary.deactivated",
                    new Object[] {label}, locale));
        } else {
            redirect.addFlashAttribute("error", messages.getMessage("dictionary.alreadyInactive",
                    new Object[] {label}, locale));
        }
        return REDIRECT_LIST;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        String label = dictionaries.find(id).label();
        if (dictionaries.activate(id)) {
            redirect.addFlashAttribute("success", messages.getMessage("dictionary.activated",
                    new Object[] {label}, locale));
        } else {
            redirect.addFlashAttribute("error", messages.getMessage("dictionary.alreadyActive",
                    new Object[] {label}, locale));
        }
        return REDIRECT_LIST;
    }

    /** Renders the form; {@code entry} is the stored entry when renaming, {@code null} when adding. */
    private String showForm(Model model, DictionaryItemView entry) {
        model.addAttribute("entry", entry);
        model.addAttribute("kinds", DictionaryKind.values());
        return FORM_VIEW;
    }

    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            binding.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(), null);
        }
    }
}
