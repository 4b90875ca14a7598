package cn.overloadcontrol.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import cn.overloadcontrol.common.security.CurrentUser;
import cn.overloadcontrol.common.security.DataScope;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session. Authorities are the permission strings plus
 * {@code ROLE_<name>} for each role, so both {@code hasAuthority('unit:create')} and
 * {@code hasRole('SYSTEM_ADMIN')} work.
 */
final class UserAccount implements UserDetails, CredentialsContainer, CurrentUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final Set<Role> roles;
    private final Set<String> permissions;
    private final DataScope dataScope;

    UserAccount(AppUser user, boolean locked) {
        this.userId = user.getId();
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.locked = locked;
        this.mustChangePassword = user.isMustChangePassword();
        this.roles = Set.copyOf(user.getRoles());
        this.permissions = permissionsOf(user.getRoles());
        this.dataScope = scopeOf(user);
    }

    static Set<String> permissionsOf(Collection<Role> roles) {
        Set<String> result = new TreeSet<>();
        roles.forEach(role -> result.addAll(role.permissions()));
        return Set.copyOf(result);
    }

    /** The widest scope of the user's roles: any all-seeing role wins, then areas, then one unit. */
    static DataScope scopeOf(AppUser user) {
        Set<Role> roles = user.getRoles();
        if (roles.stream().anyMatch(role -> role.scopeKind() == Role.ScopeKind.ALL)) {
            return DataScope.ALL;
        }
        if (roles.stream().anyMatch(role -> role.scopeKind() == Role.ScopeKind.AREAS)) {
            return DataScope.areas(user.getAreaIds());
        }
        if (roles.contains(Role.ENTERPRISE_USER) && user.getUnitId() != null) {
            return DataScope.unit(user.getUnitId());
        }
        return DataScope.NONE;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> authorities = new HashSet<>();
        permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<String> permissions() {
        return permissions;
    }

    @Override
    public DataScope dataScope() {
        return dataScope;
    }

    Set<Role> roles() {
        return roles;
    }

    /** Sessions are registered per principal, so two snapshots of one user are the same principal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount account && account.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "UserAccount[" + userId + ", " + username + "]";
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }
}
