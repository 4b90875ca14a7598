package cn.overloadcontrol.support;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A logged-in user for MockMvc requests, with the permissions of real roles and a chosen data
 * scope, without a row in app_user: {@code mockMvc.perform(get("/units").with(TestPrincipal.office()))}.
 */
public record TestPrincipal(long userId, String username, Set<Role> roles, DataScope dataScope)
        implements CurrentUser, UserDetails {

    private static final AtomicLong IDS = new AtomicLong(900_000);

    public static RequestPostProcessor as(Role role, DataScope scope) {
        TestPrincipal principal = new TestPrincipal(IDS.incrementAndGet(), "test-" + role.name().toLowerCase(),
                Set.of(role), scope);
        return SecurityMockMvcRequestPostProcessors.user(principal);
    }

    public static RequestPostProcessor admin() {
        return as(Role.SYSTEM_ADMIN, DataScope.ALL);
    }

    public static RequestPostProcessor office() {
        return as(Role.OFFICE_STAFF, DataScope.ALL);
    }

    public static RequestPostProcessor town(Long... areaIds) {
        return as(Role.TOWN_STAFF, DataScope.areas(Set.of(areaIds)));
    }

    public static RequestPostProcessor enterprise(long unitId) {
        return as(Role.ENTERPRISE_USER, DataScope.unit(unitId));
    }

    public static RequestPostProcessor auditor() {
        return as(Role.AUDITOR, DataScope.ALL);
    }

    @Override
    public String displayName() {
        return username;
    }

    /** The navbar reads {@code principal.displayName} as a bean property, which a record accessor is not. */
    public String getDisplayName() {
        return displayName();
    }

    @Override
    public Set<String> permissions() {
        Set<String> permissions = new HashSet<>();
        roles.forEach(role -> permissions.addAll(role.permissions()));
        return permissions;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = new HashSet<>();
        permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public String getUsername() {
        return username;
    }
}
