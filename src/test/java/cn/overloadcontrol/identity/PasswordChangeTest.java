package cn.overloadcontrol.identity;

import java.util.List;
import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The password page and the forced change after the first login or a reset. */
@IntegrationTest
class PasswordChangeTest {

    static final String NEW_PASSWORD = "Changed98765";

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
    void forcedChangeRedirectsEveryPage() throws Exception {
        AppUser user = users.createMustChange("force", Role.SYSTEM_ADMIN);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        for (String page : List.of("/", "/users", "/audit", "/units", "/no-such-page")) {
            mockMvc.perform(get(page).session(session))
                    .andExpect(redirectedUrl("/account/password"));
        }
        mockMvc.perform(post("/users").with(csrf()).session(session))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void forcedChangeLeavesAssetsAndLogoutOpen() throws Exception {
        AppUser user = users.createMustChange("force-open", Role.OFFICE_STAFF);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name(AccountController.PASSWORD_VIEW))
                .andExpect(model().attribute("mustChange", true))
                .andExpect(content().string(containsString("请先设置新密码")));
        mockMvc.perform(get("/css/app.css").session(session))
                .andExpect(status().isOk());
        mockMvc.perform(get("/js/app.js").session(session))
                .andExpect(status().isOk());
        mockMvc.perform(post("/logout").with(csrf()).session(session))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void forcedChangePageShowsOnlyTheUserMenu() throws Exception {
        AppUser user = users.createMustChange("force-nav", Role.SYSTEM_ADMIN);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/logout\"")))
                .andExpect(content().string(not(containsString("href=\"/units\""))))
                .andExpect(content().string(not(containsString("href=\"/users\""))))
                .andExpect(content().string(not(containsString("href=\"/public/units\""))))
                .andExpect(content().string(not(containsString("href=\"/\""))));
    }

    @Test
    void voluntaryChangePageKeepsTheNavigation() throws Exception {
        AppUser user = users.create("voluntary-nav", Role.SYSTEM_ADMIN);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/users\"")))
                .andExpect(content().string(containsString("href=\"/public/units\"")));
    }

    @Test
    void forcedChangeAnswersHtmxWithRedirectHeader() throws Exception {
        AppUser user = users.createMustChange("force-htmx", Role.OFFICE_STAFF);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(get("/").header("HX-Request", "true").session(session))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/account/password"));
    }

    @Test
    void changeClearsTheForcedChange() throws Exception {
        AppUser user = users.createMustChange("change", Role.OFFICE_STAFF);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(changePassword(session, TestUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("success", "密码已修改。"));

        assertThat(principalOf(session).mustChangePassword()).isFalse();
        mockMvc.perform(get("/").session(session))
                .andExpect(status().isOk());
        AppUser reloaded = users.reload(user.getId());
        assertThat(reloaded.isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, reloaded.getPasswordHash())).isTrue();
    }

    @Test
    void changedPasswordIsTheLoginPassword() throws Exception {
        AppUser user = users.create("relogin", Role.OFFICE_STAFF);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);
        mockMvc.perform(changePassword(session, TestUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));

        mockMvc.perform(formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated());
        mockMvc.perform(formLogin().user(user.getUsername()).password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void changeIsAudited() throws Exception {
        AppUser user = users.createMustChange("change-audit", Role.OFFICE_STAFF);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(changePassword(session, TestUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        List<Map<String, Object>> rows = users.auditRowsOf(user.getId(), "PASSWORD_CHANGE");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("result", "SUCCESS")
                .containsEntry("actor", user.getUsername());
        String changes = rows.get(0).get("changes").toString();
        assertThat(changes).contains("mustChangePassword");
        assertThat(changes).doesNotContain(NEW_PASSWORD);
    }

    @Test
    void wrongCurrentPasswordIsAuditedAsFailure() throws Exception {
        AppUser user = users.create("change-wrong", Role.OFFICE_STAFF);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(changePassword(session, "not-my-password-1", NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
                        "problem.password.current_wrong"));

        List<Map<String, Object>> rows = users.auditRowsOf(user.getId(), "PASSWORD_CHANGE");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("result", "FAILURE")
                .containsEntry("detail", "current_password_wrong");
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, users.reload(user.getId()).getPasswordHash())).isTrue();
    }

    /** Each row: the new password, its confirmation, the field with the error, the message key, the Chinese text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Short1         | Short1         | newPassword     | problem.password.too_short             | 密码至少需要 10 个字符
            onlyletterspw  | onlyletterspw  | newPassword     | problem.password.letters_and_digits    | 密码须同时包含字母和数字
            1234567890123  | 1234567890123  | newPassword     | problem.password.letters_and_digits    | 密码须同时包含字母和数字
            Secret12345    | Secret12345    | newPassword     | problem.password.same_as_current       | 新密码不能与当前密码相同
            Changed98765   | Changed98766   | confirmPassword | problem.password.confirmation_mismatch | 两次输入的新密码不一致
            ''             | ''             | newPassword     | problem.required                       | 必填项不能为空
            Changed98765   | ''             | confirmPassword | problem.required                       | 必填项不能为空
            """)
    void policyErrorsNameTheField(String newPassword, String confirmation, String field, String code, String text)
            throws Exception {
        AppUser user = users.create("policy", Role.OFFICE_STAFF);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(changePassword(session, TestUsers.PASSWORD, newPassword, confirmation))
                .andExpect(status().isOk())
                .andExpect(view().name(AccountController.PASSWORD_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", field, code))
                .andExpect(content().string(containsString(text)));

        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, users.reload(user.getId()).getPasswordHash())).isTrue();
    }

    @Test
    void usernameIsNotAPassword() throws Exception {
        AppUser user = users.create("pw-user", Role.OFFICE_STAFF);
        String username = "user" + user.getId() + "abcdef";
        jdbc.update("update app_user set username = ? where id = ?", username, user.getId());
        MockHttpSession session = login(username, TestUsers.PASSWORD);

        mockMvc.perform(changePassword(session, TestUsers.PASSWORD, username.toUpperCase(), username.toUpperCase()))
                .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword",
                        "problem.password.same_as_username"))
                .andExpect(content().string(containsString("密码不能与用户名相同")));
    }

    @Test
    void passwordPageIsInTheUserMenu() throws Exception {
        AppUser user = users.create("menu", Role.TOWN_STAFF);
        MockHttpSession session = login(user.getUsername(), TestUsers.PASSWORD);

        mockMvc.perform(get("/").session(session))
                .andExpect(content().string(containsString("href=\"/account/password\"")));
        mockMvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(model().attribute("mustChange", false));
    }

    private MockHttpSession login(String username, String password) throws Exception {
        return (MockHttpSession) mockMvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }

    private static RequestBuilder changePassword(MockHttpSession session,
            String current, String newPassword, String confirmation) {
        return post("/account/password").with(csrf()).session(session)
                .param("currentPassword", current)
                .param("newPassword", newPassword)
                .param("confirmPassword", confirmation);
    }

    private static UserAccount principalOf(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (UserAccount) context.getAuthentication().getPrincipal();
    }
}
