package cn.overloadcontrol.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps logged-in sessions in step with the accounts behind them. A session's principal is a
 * snapshot taken at login, so after a change the current user's principal is replaced, and the
 * sessions of a user whose rights an administrator changed are ended.
 */
@Component
class UserSessions {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final SessionRegistry sessionRegistry;
    private final SecurityContextRepository contextRepository;
    private final AccountUserDetailsService accounts;

    UserSessions(SessionRegistry sessionRegistry, SecurityContextRepository contextRepository,
            AccountUserDetailsService accounts) {
        this.sessionRegistry = sessionRegistry;
        this.contextRepository = contextRepository;
        this.accounts = accounts;
    }

    /** Replaces the principal of the current session with the user's account as stored now. */
    void refreshCurrent(long userId, HttpServletRequest request, HttpServletResponse response) {
        UserAccount account = accounts.loadAccount(userId);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }

    /**
     * Ends every session of the user on this instance except the session of the current
     * request, so administrators editing themselves stay logged in; the next request of an
     * ended session goes to {@code /login?expired}.
     */
    void expireAll(long userId) {
        String currentSessionId = currentSessionId();
        int expired = 0;
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (!(principal instanceof UserAccount account) || account.userId() != userId) {
                continue;
            }
            for (SessionInformation session : sessionRegistry.getAllSessions(principal, false)) {
                if (!session.getSessionId().equals(currentSessionId)) {
                    session.expireNow();
                    expired++;
                }
            }
        }
        if (expired > 0) {
            log.info("Ended {} session(s) of user {}", expired, userId);
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
