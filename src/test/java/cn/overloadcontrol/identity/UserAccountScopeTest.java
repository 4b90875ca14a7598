package cn.overloadcontrol.identity;

import java.util.Set;

import cn.overloadcontrol.common.security.DataScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The data scope a user's roles imply: the widest of them wins. */
class UserAccountScopeTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSTEM_ADMIN", "OFFICE_STAFF", "ENFORCEMENT_OFFICER", "INSTALLER",
            "AUDITOR"})
    void countyWideRolesSeeEverything(Role role) {
        AppUser user = user(Set.of(role), Set.of(3L), 7L);

        assertThat(UserAccount.scopeOf(user)).isEqualTo(DataScope.ALL);
    }

    @Test
    void townStaffSeesOwnAreas() {
        AppUser user = user(Set.of(Role.TOWN_STAFF), Set.of(3L, 5L), null);

        DataScope scope = UserAccount.scopeOf(user);

        assertThat(scope.all()).isFalse();
        assertThat(scope.areaIds()).containsExactlyInAnyOrder(3L, 5L);
        assertThat(scope.unitId()).isNull();
        assertThat(scope.permits(5L, 99L)).isTrue();
        assertThat(scope.permits(4L, 99L)).isFalse();
    }

    @Test
    void townStaffWithoutAreasSeesNothing() {
        DataScope scope = UserAccount.scopeOf(user(Set.of(Role.TOWN_STAFF), Set.of(), null));

        assertThat(scope.permits(1L, 1L)).isFalse();
    }

    @Test
    void enterpriseUserSeesOwnUnit() {
        DataScope scope = UserAccount.scopeOf(user(Set.of(Role.ENTERPRISE_USER), Set.of(), 7L));

        assertThat(scope.isUnitScoped()).isTrue();
        assertThat(scope.unitId()).isEqualTo(7L);
        assertThat(scope.permits(3L, 7L)).isTrue();
        assertThat(scope.permits(3L, 8L)).isFalse();
    }

    @Test
    void enterpriseUserWithoutUnitSeesNothing() {
        assertThat(UserAccount.scopeOf(user(Set.of(Role.ENTERPRISE_USER), Set.of(), null))).isEqualTo(DataScope.NONE);
    }

    @Test
    void noRoleSeesNothing() {
        assertThat(UserAccount.scopeOf(user(Set.of(), Set.of(3L), 7L))).isEqualTo(DataScope.NONE);
    }

    @Test
    void areasWinOverUnit() {
        DataScope scope = UserAccount.scopeOf(user(Set.of(Role.TOWN_STAFF, Role.ENTERPRISE_USER), Set.of(3L), 7L));

        assertThat(scope.areaIds()).containsExactly(3L);
        assertThat(scope.unitId()).isNull();
    }

    @Test
    void countyWideRoleWinsOverAreas() {
        DataScope scope = UserAccount.scopeOf(user(Set.of(Role.TOWN_STAFF, Role.AUDITOR), Set.of(3L), null));

        assertThat(scope).isEqualTo(DataScope.ALL);
    }

    @Test
    void permissionsAddUpAcrossRoles() {
        Set<String> permissions = UserAccount.permissionsOf(Set.of(Role.INSTALLER, Role.AUDITOR));

        assertThat(permissions).contains(Permissions.UNIT_VIEW, Permissions.AUDIT_VIEW, Permissions.USER_VIEW)
                .doesNotContain(Permissions.USER_MANAGE, Permissions.UNIT_CREATE);
    }

    private static AppUser user(Set<Role> roles, Set<Long> areaIds, Long unitId) {
        AppUser user = new AppUser("scope-user", "范围", "{noop}x", roles);
        user.setAreaIds(areaIds);
        user.setUnitId(unitId);
        return user;
    }
}
