package cn.overloadcontrol.identity;

import java.util.List;

import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.validation.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: the password page, reachable from the user menu and forced after a reset. */
@Controller
class AccountController {

    static final String PASSWORD_PATH = "/account/password";
    static final String PASSWORD_VIEW = "account/password";

    private final PasswordService passwords;
    private final UserSessions sessions;
    private final MessageSource messages;

    AccountController(PasswordService passwords, UserSessions sessions, MessageSource messages) {
        this.passwords = passwords;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping(PASSWORD_PATH)
    String passwordForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("passwordForm", new PasswordChangeForm());
        addPageAttributes(user, model);
        return PASSWORD_VIEW;
    }

    @PostMapping(PASSWORD_PATH)
    String changePassword(@AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult bindingResult, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        List<FieldProblem> problems = passwords.change(user.userId(), form.getCurrentPassword(),
                form.getNewPassword(), form.getConfirmPassword());
        if (!problems.isEmpty()) {
            BindingProblems.reject(problems, bindingResult);
            addPageAttributes(user, model);
            return PASSWORD_VIEW;
        }

        sessions.refreshCurrent(user.userId(), request, response);
        String changed = messages.getMessage("account.password.changed", null, LocaleContextHolder.getLocale());
        redirect.addFlashAttribute("success", changed);
        return "redirect:/";
    }

    private static void addPageAttributes(CurrentUser user, Model model) {
        model.addAttribute("mustChange", user instanceof UserAccount account && account.mustChangePassword());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
    }
}
