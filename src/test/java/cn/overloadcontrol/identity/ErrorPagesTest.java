package cn.overloadcontrol.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages through a real Tomcat on the loopback address, because MockMvc does not forward
 * to the error page. The 400, 403, 404 and 500 pages are in Chinese, and neither they nor the
 * JSON errors show a stack trace or an exception class name. The HTML pages do not show the English
 * reason phrase either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class ErrorPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Text that would reveal the implementation: exception names, stack frames, framework packages. */
    private static final List<String> LEAKS = List.of("Exception", "exception", "trace", "\tat ", "java.lang",
            "org.springframework", "cn.overloadcontrol", "SECRET-DETAIL");
    /** English reason phrases that Spring Boot puts into the error model as "error". */
    private static final List<String> REASON_PHRASES = List.of("Bad Request", "Forbidden", "Not Found",
            "Internal Server Error");

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    HttpClient client;

    @BeforeEach
    void newBrowser() {
        client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void townUserOpeningUsersGetsChinese403() throws Exception {
        logInAs(Role.TOWN_STAFF);

        HttpResponse<String> response = get("/users", "text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("没有权限").contains("您没有执行此操作的权限");
        assertNoReasonPhrase(response);
        assertNoLeaks(response);
    }

    @Test
    void unknownUrlGetsChinese404() throws Exception {
        logInAs(Role.OFFICE_STAFF);

        HttpResponse<String> response = get("/no-such-page", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("未找到").contains("您访问的页面或数据不存在");
        assertNoReasonPhrase(response);
        assertNoLeaks(response);
    }

    @Test
    void unknownUserIdGetsChinese404() throws Exception {
        logInAs(Role.SYSTEM_ADMIN);

        HttpResponse<String> response = get("/users/987654321/edit", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("未找到");
        assertNoReasonPhrase(response);
        assertNoLeaks(response);
    }

    @Test
    void malformedIdGetsChinese400() throws Exception {
        logInAs(Role.SYSTEM_ADMIN);

        HttpResponse<String> response = get("/users/not-a-number/edit", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("请求有误");
        assertNoReasonPhrase(response);
        assertNoLeaks(response);
    }

    @Test
    void failureGetsChinese500WithoutDetails() throws Exception {
        logInAs(Role.OFFICE_STAFF);

        HttpResponse<String> response = get(FailingController.PATH, "text/html");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("系统错误").contains("请稍后重试");
        assertNoReasonPhrase(response);
        assertNoLeaks(response);
    }

    @Test
    void jsonErrorsHideDetailsToo() throws Exception {
        logInAs(Role.TOWN_STAFF);

        for (String path : List.of("/users", "/no-such-page", FailingController.PATH)) {
            HttpResponse<String> response = get(path, "application/json");

            assertThat(response.statusCode()).as(path).isGreaterThanOrEqualTo(400);
            assertNoLeaks(response);
        }
    }

    @Test
    void sessionTimeoutIsThirtyMinutes() {
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
    }

    private void logInAs(Role role) throws Exception {
        TestUsers users = new TestUsers(repository, passwordEncoder, jdbc);
        AppUser user = users.create("http", role);
        if (role == Role.TOWN_STAFF) {
            jdbc.update("insert into app_user_area (user_id, area_id) select ?, min(id) from area", user.getId());
        }

        HttpResponse<String> loginPage = get("/login", "text/html");
        Matcher token = CSRF_FIELD.matcher(loginPage.body());
        assertThat(token.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + encode(user.getUsername()) + "&password=" + encode(TestUsers.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertNoReasonPhrase(HttpResponse<String> response) {
        for (String phrase : REASON_PHRASES) {
            assertThat(response.body()).as("%s on %s", phrase, response.uri()).doesNotContain(phrase);
        }
    }

    private static void assertNoLeaks(HttpResponse<String> response) {
        for (String leak : LEAKS) {
            assertThat(response.body()).as("%s of %s", leak, response.uri()).doesNotContain(leak);
        }
    }

    /** An endpoint that fails with an exception whose name and message must not reach the client. */
    @RestController
    static class FailingController {

        static final String PATH = "/test-support/failure";

        @GetMapping(PATH)
        String fail() {
            throw new IllegalStateException("SECRET-DETAIL of the failure");
        }
    }

    @TestConfiguration
    static class FailingEndpoint {

        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }
}
