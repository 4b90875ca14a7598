package cn.overloadcontrol.identity;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's authentication events into lockout bookkeeping and audit rows:
 * LOGIN, LOGIN_FAILED (also for unknown usernames), ACCOUNT_LOCKED and LOGOUT. The events are
 * published synchronously by the authentication manager and the logout filter, so the rows are
 * written before the response is sent.
 */
@Component
class LoginAttemptListener {

    private final LoginAttemptService attempts;
    private final AuditLog auditLog;

    LoginAttemptListener(LoginAttemptService attempts, AuditLog auditLog) {
        this.attempts = attempts;
        this.auditLog = auditLog;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof UserAccount account) {
            attempts.recordSuccess(account.userId(), remoteAddrOf(authentication));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        attempts.recordFailure(attempt.getName(), reasonOf(event.getException()), remoteAddrOf(attempt));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            // The security context is already cleared here, so the actor is named explicitly;
            // the remote address is taken from the logout request itself.
            auditLog.record(AuditEntry.success(AuditAction.LOGOUT, AuditDetails.OBJECT_TYPE, user.userId(),
                    user.username()).withActor(user.username(), user.userId(), null));
        }
    }

    private static String reasonOf(AuthenticationException exception) {
        if (exception instanceof BadCredentialsException) {
            return AuditDetails.BAD_CREDENTIALS;
        }
        if (exception instanceof LockedException) {
            return AuditDetails.ACCOUNT_LOCKED;
        }
        if (exception instanceof DisabledException) {
            return AuditDetails.ACCOUNT_DISABLED;
        }
        return AuditDetails.AUTHENTICATION_ERROR;
    }

    private static String remoteAddrOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }
}
