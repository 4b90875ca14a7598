package cn.overloadcontrol.identity;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first system administrator on an empty user table, with a random password that
 * is printed once in the log and must be changed at first login. No default password exists.
 */
@Component
@Order(InitialAdminCreator.ORDER)
class InitialAdminCreator implements ApplicationRunner {

    /**
     * Right after the area seeder and before any runner that adds users (the demo users), because
     * the administrator is created only while the user table is empty.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    static final String ADMIN_USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(InitialAdminCreator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    InitialAdminCreator(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = RandomPasswords.generate();
        users.save(new AppUser(ADMIN_USERNAME, "系统管理员", passwordEncoder.encode(password), Set.of(Role.SYSTEM_ADMIN)));
        // Printed once: the hash is all that is stored, and the password must be changed at first login.
        log.warn("""

                ================================================================
                  First start: created the system administrator
                    username: {}
                    password: {}
                  This password is shown only now and must be changed at first login.
                ================================================================""", ADMIN_USERNAME, password);
    }
}
