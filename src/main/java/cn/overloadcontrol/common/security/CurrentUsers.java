package cn.overloadcontrol.common.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link CurrentUser} of the running request from Spring Security. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Returns the current user's data scope; a request without a user sees nothing. */
    public static DataScope scope() {
        return find().map(CurrentUser::dataScope).orElse(DataScope.NONE);
    }
}
