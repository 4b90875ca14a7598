package cn.overloadcontrol.sourceunit.web;

import java.util.Locale;

import cn.overloadcontrol.sourceunit.TrainingService;
import cn.overloadcontrol.sourceunit.TrainingValidationException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adds and removes attendance rows of a session. A rejected row re-renders the session page
 * with the errors next to the form that was sent.
 */
@Controller
@RequestMapping("/trainings/{sessionId}")
@PreAuthorize("hasAuthority('training:manage')")
class TrainingAttendanceController {

    private final TrainingService trainings;
    private final TrainingWebSupport web;
    private final MessageSource messages;

    TrainingAttendanceController(TrainingService trainings, TrainingWebSupport web, MessageSource messages) {
        this.trainings = trainings;
        this.web = web;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @PostMapping("/units")
    String addUnit(@PathVariable long sessionId,
            @ModelAttribute(TrainingWebSupport.UNIT_FORM) TrainingUnitAttendanceForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return web.showDetail(sessionId, model);
        }
        try {
            trainings.addUnitAttendance(sessionId, form.toFields());
        } catch (TrainingValidationException e) {
            TrainingWebSupport.reject(binding, e.problems());
            return web.showDetail(sessionId, model);
        }
        redirect.addFlashAttribute("success", messages.getMessage("training.attendance.added", null, locale));
        return redirectToSession(sessionId);
    }

    @PostMapping("/units/{rowId}/remove")
    String removeUnit(@PathVariable long sessionId, @PathVariable long rowId, RedirectAttributes redirect,
            Locale locale) {
        trainings.removeUnitAttendance(sessionId, rowId);
        redirect.addFlashAttribute("success", messages.getMessage("training.attendance.removed", null, locale));
        return redirectToSession(sessionId);
    }

    @PostMapping("/departments")
    String addDepartment(@PathVariable long sessionId,
            @ModelAttribute(TrainingWebSupport.DEPARTMENT_FORM) TrainingDepartmentAttendanceForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return web.showDetail(sessionId, model);
        }
        try {
            trainings.addDepartmentAttendance(sessionId, form.toFields());
        } catch (TrainingValidationException e) {
            TrainingWebSupport.reject(binding, e.problems());
            return web.showDetail(sessionId, model);
        }
        redirect.addFlashAttribute("success", messages.getMessage("training.attendance.added", null, locale));
        return redirectToSession(sessionId);
    }

    @PostMapping("/departments/{rowId}/remove")
    String removeDepartment(@PathVariable long sessionId, @PathVariable long rowId, RedirectAttributes redirect,
            Locale locale) {
        trainings.removeDepartmentAttendance(sessionId, rowId);
        redirect.addFlashAttribute("success", messages.getMessage("training.attendance.removed", null, locale));
        return redirectToSession(sessionId);
    }

    private static String redirectToSession(long sessionId) {
        return "redirect:/trainings/" + sessionId;
    }
}
