package cn.overloadcontrol.upstream.web;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.upstream.admin.TargetNotFoundException;
import cn.overloadcontrol.upstream.admin.UploadAdmin;
import cn.overloadcontrol.upstream.send.UploadFormats;
import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.MediaMode;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The edit page of an upload target: address, endpoints, mapping, authentication and limits. */
@Controller
@PreAuthorize("hasAuthority('upstream:manage')")
class TargetFormController {

    static final String FORM_VIEW = "upstream/form";

    private final TargetStore targets;
    private final UploadAdmin admin;
    private final UploadFormats formats;
    private final MessageSource messages;

    TargetFormController(TargetStore targets, UploadAdmin admin, UploadFormats formats, MessageSource messages) {
        this.messages = messages;
        this.targets = targets;
        this.admin = admin;
        this.formats = formats;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        // The code identifies the target to the sender and in logs; it is not editable.
        binder.setDisallowedFields("id", "code");
    }

    @GetMapping("/upstream/targets/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UploadTarget target = load(id);
        model.addAttribute("form", TargetForm.of(target, targets.mappingText(id)));
        return show(target, model);
    }

    @PostMapping("/upstream/targets/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") TargetForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        UploadTarget target = load(id);
        form.setCode(target.code());
        if (binding.hasErrors()) {
            rejectOtherProblems(id, form, binding);
            return showWithErrors(target, form, binding, model);
        }
        try {
            admin.update(id, form.getVersion(), form.toSettings(), form.getSecret());
        } catch (UploadAdmin.InvalidSettingsException e) {
            for (FieldProblem problem : e.problems()) {
                binding.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(), problem.code());
            }
            return showWithErrors(target, form, binding, model);
        } catch (UploadAdmin.StaleTargetException e) {
            binding.reject("problem.stale");
            return showWithErrors(target, form, binding, model);
        }
        redirect.addFlashAttribute("success",
                messages.getMessage("upstream.saved", new Object[] {target.name()}, LocaleContextHolder.getLocale()));
        return "redirect:/upstream/targets/" + id;
    }

    /**
     * Adds the settings problems of the fields that bound without a type error, so that a number
     * typed as text does not hide the other errors until the next submit. A field that failed to
     * bind keeps only its type error, because its value in the form is not what was entered.
     */
    private void rejectOtherProblems(long id, TargetForm form, BindingResult binding) {
        for (FieldProblem problem : admin.check(id, form.toSettings(), form.getSecret())) {
            if (!binding.hasFieldErrors(problem.field())) {
                binding.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(), problem.code());
            }
        }
    }

    /**
     * Shows the form again after a rejected save. The page never contains the secret, so an
     * entered secret is lost with the rejected form. The secret field then shows a message to enter it again,
     * because an admin who fixes only the other fields would otherwise keep the old secret.
     */
    private String showWithErrors(UploadTarget target, TargetForm form, BindingResult binding, Model model) {
        boolean secretEntered = form.getSecret() != null && !form.getSecret().isBlank();
        if (secretEntered && !binding.hasFieldErrors("secret")) {
            binding.rejectValue("secret", "upstream.form.secretNotSaved");
        }
        return show(target, model);
    }

    private String show(UploadTarget target, Model model) {
        model.addAttribute("target", target);
        model.addAttribute("formats", formats.keys());
        model.addAttribute("mediaModes", MediaMode.values());
        model.addAttribute("authKinds", AuthKind.values());
        return FORM_VIEW;
    }

    @ExceptionHandler(TargetNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private UploadTarget load(long id) {
        return targets.find(id).orElseThrow(() -> new TargetNotFoundException(id));
    }
}
