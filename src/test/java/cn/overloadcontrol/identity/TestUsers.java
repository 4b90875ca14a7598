package cn.overloadcontrol.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates real accounts in app_user for login tests, each with a unique username, and reads
 * back what the application wrote. Test classes share the database, so nothing here assumes
 * empty tables.
 */
class TestUsers {

    static final String PASSWORD = "Secret12345";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;

    /** Built from the beans of the test's application context; not a bean itself. */
    TestUsers(AppUserRepository users, PasswordEncoder passwordEncoder, JdbcTemplate jdbc) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** An enabled account with the password {@link #PASSWORD} that need not be changed. */
    AppUser create(String prefix, Role... roles) {
        AppUser user = new AppUser(uniqueName(prefix), "测试用户 " + prefix, passwordEncoder.encode(PASSWORD),
                Set.of(roles));
        user.changePassword(user.getPasswordHash(), false, OffsetDateTime.now());
        return users.save(user);
    }

    /** An account that must change its password at the next login, as after a reset. */
    AppUser createMustChange(String prefix, Role... roles) {
        AppUser user = new AppUser(uniqueName(prefix), "测试用户 " + prefix, passwordEncoder.encode(PASSWORD),
                Set.of(roles));
        return users.save(user);
    }

    AppUser save(AppUser user) {
        return users.save(user);
    }

    AppUser reload(long userId) {
        return users.findById(userId).orElseThrow();
    }

    /** The audit rows of one action with this actor, oldest first. */
    List<Map<String, Object>> auditRows(String actor, String action) {
        return jdbc.queryForList("select * from audit_log where actor = ? and action = ? order by id", actor, action);
    }

    /** The audit rows of one action on this user, oldest first. */
    List<Map<String, Object>> auditRowsOf(long userId, String action) {
        return jdbc.queryForList(
                "select * from audit_log where object_type = 'app_user' and object_id = ? and action = ? order by id",
                String.valueOf(userId), action);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }
}
