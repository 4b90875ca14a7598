package cn.overloadcontrol.identity;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Form login against accounts in the database: lockout after five failures, self-unlock, audit rows. */
@IntegrationTest
class LoginLockoutTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    AppUserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(repository, passwordEncoder, jdbc);
    }

    @Test
    void rightPasswordLogsIn() throws Exception {
        AppUser user = users.create("login-ok", Role.OFFICE_STAFF);

        mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user.getUsername()));

        List<Map<String, Object>> rows = users.auditRows(user.getUsername(), "LOGIN");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("result", "SUCCESS")
                .containsEntry("remote_addr", "127.0.0.1")
                .containsEntry("actor_user_id", user.getId())
                .containsEntry("object_id", user.getId().toString());
        assertThat(users.reload(user.getId()).getLastLoginAt()).isNotNull();
    }

    @Test
    void usernameIsCaseInsensitive() throws Exception {
        AppUser user = users.create("login-case", Role.OFFICE_STAFF);

        mockMvc.perform(formLogin().user(user.getUsername().toUpperCase()).password(TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername(user.getUsername()));
    }

    @Test
    void wrongPasswordFailsAndCounts() throws Exception {
        AppUser user = users.create("login-bad", Role.OFFICE_STAFF);

        mockMvc.perform(formLogin().user(user.getUsername()).password("wrong-password-1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        assertThat(users.reload(user.getId()).getFailedLoginCount()).isEqualTo(1);
        List<Map<String, Object>> rows = users.auditRows(user.getUsername(), "LOGIN_FAILED");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("result", "FAILURE")
                .containsEntry("detail", "bad_credentials")
                .containsEntry("remote_addr", "127.0.0.1")
                .containsEntry("object_id", user.getId().toString());
    }

    @Test
    void unknownUsernameIsAudited() throws Exception {
        String username = TestUsers.uniqueName("nobody");

        mockMvc.perform(formLogin().user(username).password("whatever-123"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        List<Map<String, Object>> rows = users.auditRows(username, "LOGIN_FAILED");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("result", "FAILURE")
                .containsEntry("detail", "unknown_user")
                .containsEntry("remote_addr", "127.0.0.1")
                .containsEntry("actor_user_id", null)
                .containsEntry("object_id", null);
    }

    @Test
    void fiveFailuresLockTheAccount() throws Exception {
        AppUser user = users.create("login-lock", Role.OFFICE_STAFF);

        for (int attempt = 1; attempt <= 4; attempt++) {
            MvcResult result = failLogin(user);
            assertThat(lastLoginError(result)).as("attempt %d", attempt).isNotInstanceOf(LockedException.class);
        }
        MvcResult fifth = failLogin(user);

        assertThat(lastLoginError(fifth)).isInstanceOf(LockedException.class);
        AppUser locked = users.reload(user.getId());
        assertThat(locked.getLockedUntil())
                .isCloseTo(OffsetDateTime.now().plusMinutes(15), within(1, ChronoUnit.MINUTES));
        assertThat(locked.getFailedLoginCount()).isZero();
        List<Map<String, Object>> lockRows = users.auditRowsOf(user.getId(), "ACCOUNT_LOCKED");
        assertThat(lockRows).hasSize(1);
        assertThat(lockRows.get(0)).containsEntry("detail", "too_many_failed_logins")
                .containsEntry("actor", user.getUsername())
                .containsEntry("remote_addr", "127.0.0.1");
        assertThat(lockRows.get(0).get("changes").toString()).contains("lockedUntil");
    }

    @Test
    void lockedAccountRejectsRightPassword() throws Exception {
        AppUser user = users.create("login-locked", Role.OFFICE_STAFF);
        lockUntil(user, OffsetDateTime.now().plusMinutes(10));

        MvcResult result = mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andReturn();

        assertThat(lastLoginError(result)).isInstanceOf(LockedException.class);
        List<Map<String, Object>> rows = users.auditRows(user.getUsername(), "LOGIN_FAILED");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("detail", "account_locked");
    }

    @Test
    void attemptsWhileLockedDoNotExtendTheLock() throws Exception {
        AppUser user = users.create("login-extend", Role.OFFICE_STAFF);
        OffsetDateTime until = OffsetDateTime.now().plusMinutes(10);
        lockUntil(user, until);

        for (int attempt = 0; attempt < 6; attempt++) {
            failLogin(user);
        }

        AppUser reloaded = users.reload(user.getId());
        assertThat(reloaded.getLockedUntil()).isCloseTo(until, within(1, ChronoUnit.SECONDS));
        assertThat(users.auditRowsOf(user.getId(), "ACCOUNT_LOCKED")).isEmpty();
    }

    @Test
    void loginPageSaysLocked() throws Exception {
        AppUser user = users.create("login-page", Role.OFFICE_STAFF);
        lockUntil(user, OffsetDateTime.now().plusMinutes(10));
        MvcResult failed = mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andReturn();

        mockMvc.perform(get("/login").param("error", "").session((MockHttpSession) failed.getRequest().getSession()))
                .andExpect(model().attribute("locked", true))
                .andExpect(content().string(containsString("账号已锁定 15 分钟")));
    }

    @Test
    void loginPageSaysWrongPassword() throws Exception {
        AppUser user = users.create("login-page-bad", Role.OFFICE_STAFF);
        MvcResult failed = failLogin(user);

        mockMvc.perform(get("/login").param("error", "").session((MockHttpSession) failed.getRequest().getSession()))
                .andExpect(model().attribute("locked", false))
                .andExpect(content().string(containsString("用户名或密码错误")));
    }

    @Test
    void lockEndsByItself() throws Exception {
        AppUser user = users.create("login-unlock", Role.OFFICE_STAFF);
        lockUntil(user, OffsetDateTime.now().plusMinutes(10));
        mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated());

        jdbc.update("update app_user set locked_until = now() - interval '1 minute' where id = ?", user.getId());

        mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(user.getUsername()));
        assertThat(users.reload(user.getId()).getLockedUntil()).isNull();
    }

    @Test
    void successResetsFailureCount() throws Exception {
        AppUser user = users.create("login-reset", Role.OFFICE_STAFF);
        for (int attempt = 0; attempt < 4; attempt++) {
            failLogin(user);
        }

        mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(authenticated());
        failLogin(user);

        AppUser reloaded = users.reload(user.getId());
        assertThat(reloaded.getFailedLoginCount()).isEqualTo(1);
        assertThat(reloaded.getLockedUntil()).isNull();
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        AppUser user = users.create("login-disabled", Role.OFFICE_STAFF);
        jdbc.update("update app_user set enabled = false where id = ?", user.getId());

        mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        assertThat(users.auditRows(user.getUsername(), "LOGIN_FAILED")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("detail", "account_disabled"));
    }

    @Test
    void logoutIsAudited() throws Exception {
        AppUser user = users.create("logout", Role.OFFICE_STAFF);
        MvcResult login = mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andReturn();

        mockMvc.perform(post("/logout").with(csrf()).session((MockHttpSession) login.getRequest().getSession()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());

        List<Map<String, Object>> rows = users.auditRows(user.getUsername(), "LOGOUT");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("actor_user_id", user.getId())
                .containsEntry("remote_addr", "127.0.0.1");
    }

    private MvcResult failLogin(AppUser user) throws Exception {
        return mockMvc.perform(formLogin().user(user.getUsername()).password("wrong-password-1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated())
                .andReturn();
    }

    private void lockUntil(AppUser user, OffsetDateTime until) {
        jdbc.update("update app_user set locked_until = ? where id = ?", until, user.getId());
    }

    private static Object lastLoginError(MvcResult result) {
        return result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
