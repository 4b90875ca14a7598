package cn.overloadcontrol.identity;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of a row in the user list: deactivate, activate, reset the password, unlock. */
@Controller
@RequestMapping("/users/{id}")
@PreAuthorize("hasAuthority('user:manage')")
class UserActionController {

    private static final String BACK_TO_LIST = "redirect:/users";

    private final UserAdminService admin;
    private final PasswordService passwords;
    private final MessageSource messages;

    UserActionController(UserAdminService admin, PasswordService passwords, MessageSource messages) {
        this.admin = admin;
        this.passwords = passwords;
        this.messages = messages;
    }

    @PostMapping("/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            String username = admin.deactivate(id);
            redirect.addFlashAttribute("success", message("user.deactivated", username));
        } catch (UserRuleException e) {
            redirect.addFlashAttribute("error", message(e.messageKey()));
        }
        return BACK_TO_LIST;
    }

    @PostMapping("/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        String username = admin.activate(id);
        redirect.addFlashAttribute("success", message("user.activated", username));
        return BACK_TO_LIST;
    }

    /** Shows the new password once, in the flash message; only its hash is stored. */
    @PostMapping("/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        try {
            IssuedPassword issued = passwords.reset(id);
            redirect.addFlashAttribute("success", message("user.passwordReset", issued.username(), issued.password()));
        } catch (UserRuleException e) {
            redirect.addFlashAttribute("error", message(e.messageKey()));
        }
        return BACK_TO_LIST;
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        String username = admin.unlock(id);
        redirect.addFlashAttribute("success", message("user.unlocked", username));
        return BACK_TO_LIST;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
