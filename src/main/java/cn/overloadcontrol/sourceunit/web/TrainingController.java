package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.TrainingService;
import cn.overloadcontrol.sourceunit.TrainingSessionSummary;
import cn.overloadcontrol.sourceunit.TrainingSessionView;
import cn.overloadcontrol.sourceunit.TrainingValidationException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The training sessions (培训): list, detail, create and edit. Attendance rows have their own controller. */
@Controller
@RequestMapping("/trainings")
@PreAuthorize("hasAuthority('training:view')")
class TrainingController {

    static final String LIST_VIEW = "training/list";
    static final String FORM_VIEW = "training/form";
    static final String FORM = "sessionForm";
    static final String FILTER = "filter";
    static final int PAGE_SIZE = 20;

    private final TrainingService trainings;
    private final TrainingWebSupport web;
    private final RegionService regions;
    private final MessageSource messages;

    TrainingController(TrainingService trainings, TrainingWebSupport web, RegionService regions,
            MessageSource messages) {
        this.trainings = trainings;
        this.web = web;
        this.regions = regions;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(@ModelAttribute(FILTER) TrainingFilterForm filter, BindingResult binding,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (filter.reversed()) {
            binding.rejectValue("to", "problem.date.range_reversed", new Object[] {filter.getFrom()}, null);
        }
        Page<TrainingSessionSummary> sessions = binding.hasErrors() ? Page.empty(PageRequest.of(0, PAGE_SIZE))
                : trainings.sessions(filter.toQuery(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("sessions", sessions);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/trainings")
                .queryParamIfPresent("from", Optional.ofNullable(filter.getFrom()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.getTo()))
                .build().toUriString());
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return web.showDetail(id, model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('training:manage')")
    String newForm(Model model, Locale locale) {
        TrainingSessionForm form = new TrainingSessionForm();
        form.setHeldOn(LocalDate.now(UnitDetailController.CHINA));
        form.setOrganizer(messages.getMessage("training.organizer.default",
                new Object[] {regions.jurisdiction().name()}, locale));
        model.addAttribute(FORM, form);
        return showForm(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('training:manage')")
    String create(@ModelAttribute(FORM) TrainingSessionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return showForm(model, null);
        }
        long id;
        try {
            id = trainings.createSession(form.toFields());
        } catch (TrainingValidationException e) {
            TrainingWebSupport.reject(binding, e.problems());
            return showForm(model, null);
        }
        redirect.addFlashAttribute("success", messages.getMessage("training.created",
                new Object[] {form.getTopic()}, locale));
        return "redirect:/trainings/" + id;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('training:manage')")
    String editForm(@PathVariable long id, Model model) {
        TrainingSessionView session = trainings.detail(id).session();
        model.addAttribute(FORM, TrainingSessionForm.of(session));
        return showForm(model, session);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('training:manage')")
    String update(@PathVariable long id, @ModelAttribute(FORM) TrainingSessionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        TrainingSessionView current = trainings.detail(id).session();
        if (form.getVersion() == null) {
            binding.reject("problem.stale");
        }
        if (binding.hasErrors()) {
            return showForm(model, current);
        }
        try {
            trainings.updateSession(id, form.getVersion(), form.toFields());
        } catch (TrainingValidationException e) {
            TrainingWebSupport.reject(binding, e.problems());
            return showForm(model, current);
        } catch (OptimisticLockingFailureException e) {
            binding.reject("problem.stale");
            return showForm(model, current);
        }
        redirect.addFlashAttribute("success", messages.getMessage("training.updated",
                new Object[] {form.getTopic()}, locale));
        return "redirect:/trainings/" + id;
    }

    /** Renders the form; {@code session} is the stored session when editing, {@code null} when creating. */
    private static String showForm(Model model, TrainingSessionView session) {
        model.addAttribute("trainingSession", session);
        return FORM_VIEW;
    }
}
