package cn.overloadcontrol.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to {@code /login?error}. The attempt that reaches the limit fails
 * with a wrong password, but it has just locked the account, so the login page shows the lock
 * message right away instead of at the next attempt.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String FAILURE_URL = "/login?error";

    private final LoginAttemptService attempts;

    LoginFailureHandler(LoginAttemptService attempts) {
        super(FAILURE_URL);
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        AuthenticationException shown = exception;
        String username = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        if (exception instanceof BadCredentialsException && attempts.isLocked(username)) {
            shown = new LockedException("Account locked after too many failed logins", exception);
        }
        super.onAuthenticationFailure(request, response, shown);
    }
}
