package cn.overloadcontrol.identity;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a user who must change the password (first login, or after a reset by an
 * administrator) to the password page from every page except that page, logout and static
 * assets. It runs in the security filter chain, so no controller can forget the check.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    /**
     * Request attribute set while the password must be changed. The navigation bar then shows
     * only the user menu with logout, because every other link leads back to the password page.
     */
    static final String REQUIRED_ATTRIBUTE = "passwordChangeRequired";

    private static final Set<String> OPEN_PATHS = Set.of(AccountController.PASSWORD_PATH, "/logout",
            "/favicon.ico", "/favicon.svg");
    private static final List<String> OPEN_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean mustChange = mustChangePassword();
        if (mustChange) {
            request.setAttribute(REQUIRED_ATTRIBUTE, Boolean.TRUE);
        }
        if (mustChange && !isOpen(pathOf(request))) {
            String target = request.getContextPath() + AccountController.PASSWORD_PATH;
            if (request.getHeader("HX-Request") != null) {
                // htmx would swap a redirected page into a fragment; it navigates on HX-Redirect instead.
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustChangePassword() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof UserAccount account
                && account.mustChangePassword();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isOpen(String path) {
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
