package cn.overloadcontrol.identity;

import java.time.Duration;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Session expiry, CSRF protection and the security headers of every response. */
@IntegrationTest
class WebSecurityTest {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    Environment environment;

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
    void sessionsExpireAfterThirtyIdleMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void expiredSessionGoesToLogin() throws Exception {
        mockMvc.perform(get("/users").with(request -> {
                    request.setRequestedSessionId("expired-session-id");
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(redirectedUrl("/login?expired"));

        mockMvc.perform(get("/login").param("expired", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录已过期，请重新登录")));
    }

    @Test
    void postWithoutCsrfTokenIs403() throws Exception {
        AppUser user = users.create("csrf", Role.OFFICE_STAFF);
        MockHttpSession session = (MockHttpSession) mockMvc.perform(
                        formLogin().user(user.getUsername()).password(TestUsers.PASSWORD))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
        // Rendering a page stores the session's CSRF token, as a browser session always has one.
        mockMvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        mockMvc.perform(post("/account/password").session(session)
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "Changed98765")
                        .param("confirmPassword", "Changed98765"))
                .andExpect(status().isForbidden());

        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, users.reload(user.getId()).getPasswordHash())).isTrue();
    }

    @Test
    void postWithoutSessionOrTokenGoesToLogin() throws Exception {
        // No session means no stored token: Spring Security treats this as an expired session.
        mockMvc.perform(post("/users/1/deactivate").with(TestPrincipal.admin()))
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void loginPageHasSecurityHeaders() throws Exception {
        expectSecurityHeaders(mockMvc.perform(get("/login")));
    }

    @Test
    void loggedInPagesHaveSecurityHeaders() throws Exception {
        expectSecurityHeaders(mockMvc.perform(get("/users").with(TestPrincipal.admin())))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    private static ResultActions expectSecurityHeaders(ResultActions result) throws Exception {
        return result
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}
