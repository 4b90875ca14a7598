package cn.overloadcontrol.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.DemoLedgerSeeded;
import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo users, created by calling the runner's steps directly: the demo profile's beans do
 * not exist in the test context.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoUsersTest {

    static final long SHOWCASE_UNIT_ID = 424_242L;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    RegionService regions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void onePerRoleWithPrintedPasswords(CapturedOutput output) {
        AreaView mishan = regions.findByCode("140581101").orElseThrow();
        AreaView sanjia = regions.findByCode("140581102").orElseThrow();
        DemoUsers demoUsers = new DemoUsers(users, passwordEncoder, regions, auditLog);
        demoUsers.onLedgerSeeded(new DemoLedgerSeeded(SHOWCASE_UNIT_ID, "高平市演示煤业有限公司",
                List.of(mishan.id(), sanjia.id())));

        List<DemoUsers.Created> created = demoUsers.create();

        assertThat(created).extracting(DemoUsers.Created::role).containsExactlyInAnyOrder(Role.OFFICE_STAFF,
                Role.TOWN_STAFF, Role.TOWN_STAFF, Role.ENFORCEMENT_OFFICER, Role.INSTALLER, Role.ENTERPRISE_USER,
                Role.AUDITOR);
        assertThat(EnumSet.copyOf(created.stream().map(DemoUsers.Created::role).toList()))
                .containsAll(EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN)));
        for (DemoUsers.Created user : created) {
            AppUser stored = users.findByUsernameIgnoreCase(user.username()).orElseThrow();
            // The printed password is the one stored, and it must be changed at first login.
            assertThat(output.getOut()).contains(user.username()).contains(user.password());
            assertThat(passwordEncoder.matches(user.password(), stored.getPasswordHash())).isTrue();
            assertThat(stored.isMustChangePassword()).isTrue();
            assertThat(stored.getRoles()).containsExactly(user.role());
        }
        assertThat(created).extracting(DemoUsers.Created::password).doesNotHaveDuplicates()
                .allMatch(password -> password.length() == 16);

        AppUser town = users.findByUsernameIgnoreCase("demo-town-140581101").orElseThrow();
        assertThat(town.getAreaIds()).containsExactly(mishan.id());
        assertThat(users.findByUsernameIgnoreCase("demo-town-140581102").orElseThrow().getAreaIds())
                .containsExactly(sanjia.id());
        AppUser enterprise = users.findByUsernameIgnoreCase("demo-enterprise").orElseThrow();
        assertThat(enterprise.getUnitId()).isEqualTo(SHOWCASE_UNIT_ID);
        assertThat(UserAccount.scopeOf(enterprise).unitId()).isEqualTo(SHOWCASE_UNIT_ID);
        assertThat(UserAccount.scopeOf(town).areaIds()).isEqualTo(Set.of(mishan.id()));

        Integer audited = jdbc.queryForObject("select count(*) from audit_log where object_type = 'app_user' "
                + "and action = 'CREATE' and object_label like 'demo-%'", Integer.class);
        assertThat(audited).isEqualTo(created.size());
    }

    @Test
    void runsAfterFirstAdministrator() {
        // The administrator is created only on an empty user table.
        assertThat(InitialAdminCreator.ORDER).isLessThan(DemoUsers.ORDER);
    }

    @Test
    void notActiveWithoutDemoProfile() {
        assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
    }
}
