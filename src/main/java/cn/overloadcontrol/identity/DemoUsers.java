package cn.overloadcontrol.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.DemoLedgerSeeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates one demo user per role when the {@code demo} profile is active: office, two town
 * staff, enforcement, installer, enterprise (for the demo ledger's showcase unit) and auditor.
 * Each gets a random password that is printed once in the log and must be changed at first
 * login, as for the first administrator, so no default password exists.
 */
@Component
@Profile("demo")
@Order(DemoUsers.ORDER)
class DemoUsers implements ApplicationRunner {

    /** After the first administrator and the demo ledger, whose event names the enterprise unit. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 200;
    static final String OFFICE_USERNAME = "demo-office";

    private static final String AUDIT_OBJECT_TYPE = "app_user";

    /** One demo user to create. */
    record Plan(String username, String displayName, String department, Role role, Set<Long> areaIds, Long unitId) {
    }

    /** A created user with the password that was printed for it. */
    record Created(String username, Role role, String password) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final RegionService regions;
    private final AuditLog auditLog;
    private DemoLedgerSeeded ledger;

    DemoUsers(AppUserRepository users, PasswordEncoder passwordEncoder, RegionService regions, AuditLog auditLog) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.regions = regions;
        this.auditLog = auditLog;
    }

    /** Remembers the demo ledger of this start; without it there is no unit for the enterprise user. */
    @EventListener
    void onLedgerSeeded(DemoLedgerSeeded event) {
        this.ledger = event;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.findByUsernameIgnoreCase(OFFICE_USERNAME).isPresent()) {
            log.info("Demo profile: the demo users exist already");
            return;
        }
        create();
    }

    /** Creates the demo users, prints their passwords once, and returns them. */
    List<Created> create() {
        List<Created> created = new ArrayList<>();
        for (Plan plan : plans()) {
            String password = RandomPasswords.generate();
            AppUser user = new AppUser(plan.username(), plan.displayName(), passwordEncoder.encode(password),
                    Set.of(plan.role()));
            user.setDepartment(plan.department());
            user.setAreaIds(plan.areaIds());
            user.setUnitId(plan.unitId());
            users.save(user);
            auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, user.getId(),
                    user.getUsername(), AuditChanges.diff(null, snapshot(user))));
            created.add(new Created(plan.username(), plan.role(), password));
        }
        printOnce(created);
        return created;
    }

    private List<Plan> plans() {
        String county = regions.jurisdiction().name();
        List<Plan> plans = new ArrayList<>();
        plans.add(new Plan(OFFICE_USERNAME, "王建国", county + "治超办", Role.OFFICE_STAFF, Set.of(), null));
        List<String> townStaff = List.of("李海燕", "赵志刚");
        List<AreaView> towns = towns();
        for (int i = 0; i < towns.size(); i++) {
            AreaView town = towns.get(i);
            plans.add(new Plan("demo-town-" + town.code(), townStaff.get(i), town.name(), Role.TOWN_STAFF,
                    Set.of(town.id()), null));
        }
        plans.add(new Plan("demo-enforcement", "牛振华", county + "交通运输综合行政执法大队", Role.ENFORCEMENT_OFFICER,
                Set.of(), null));
        plans.add(new Plan("demo-installer", "秦晓东", "称重设备安装单位", Role.INSTALLER, Set.of(), null));
        if (ledger != null) {
            plans.add(new Plan("demo-enterprise", "申丽娟", ledger.showcaseUnitName(), Role.ENTERPRISE_USER, Set.of(),
                    ledger.showcaseUnitId()));
        } else {
            log.warn("Demo profile: no demo ledger was stored in this start, so no enterprise demo user is created");
        }
        plans.add(new Plan("demo-auditor", "郭文杰", county + "审计局", Role.AUDITOR, Set.of(), null));
        return plans;
    }

    /** Returns the demo ledger's two busiest towns, or else the first two active towns. */
    private List<AreaView> towns() {
        if (ledger != null && !ledger.townAreaIds().isEmpty()) {
            return ledger.townAreaIds().stream().map(id -> regions.findById(id).orElseThrow()).toList();
        }
        return regions.activeAreas().stream()
                .filter(area -> area.kind() == AreaKind.TOWN || area.kind() == AreaKind.TOWNSHIP)
                .limit(2)
                .toList();
    }

    private void printOnce(List<Created> created) {
        StringBuilder table = new StringBuilder();
        for (Created user : created) {
            table.append("%n    %-24s %-20s %s".formatted(user.username(), user.role(), user.password()));
        }
        // Printed once: only the hashes are stored, and every password must be changed at first login.
        log.warn("""

                ================================================================
                  Demo profile: created one user per role
                    username                 role                 password{}
                  These passwords are shown only now and must be changed at first login.
                ================================================================""", table);
    }

    private static Map<String, Object> snapshot(AppUser user) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", user.getUsername());
        snapshot.put("displayName", user.getDisplayName());
        snapshot.put("department", user.getDepartment());
        snapshot.put("roles", user.getRoles());
        snapshot.put("areaIds", user.getAreaIds());
        snapshot.put("unitId", user.getUnitId());
        snapshot.put("mustChangePassword", user.isMustChangePassword());
        return snapshot;
    }
}
