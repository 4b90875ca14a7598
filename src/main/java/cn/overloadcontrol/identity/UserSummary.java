package cn.overloadcontrol.identity;

import java.util.List;

/**
 * One row of the user list, with area and unit names resolved and times formatted.
 *
 * @param lockedUntil end of a lockout still running, or {@code null}
 */
record UserSummary(
        long id,
        String username,
        String displayName,
        String department,
        String phone,
        List<Role> roles,
        List<String> areaNames,
        String unitName,
        boolean enabled,
        boolean mustChangePassword,
        String lockedUntil,
        String lastLoginAt) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
