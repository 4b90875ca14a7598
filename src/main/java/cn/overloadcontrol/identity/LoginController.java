package cn.overloadcontrol.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String VIEW = "login";

    private final LoginSecurityProperties properties;

    LoginController(LoginSecurityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object lastError = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("locked", lastError instanceof LockedException);
        model.addAttribute("lockoutMinutes", properties.lockout().toMinutes());
        return VIEW;
    }
}
