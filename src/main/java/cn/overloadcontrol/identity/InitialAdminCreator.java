package cn.overloadcontrol.identity;

import java.security.SecureRandom;
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
    // No 0/O, 1/l/I: the password is read off a console and typed by hand.
    static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    static final int PASSWORD_LENGTH = 16;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();

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
        String password = randomPassword();
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

    private String randomPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
