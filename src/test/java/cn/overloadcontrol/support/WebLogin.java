package cn.overloadcontrol.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Logs a new office user in to a server started on a real port, for benchmarks that measure
 * pages over HTTP. The returned client keeps the session cookie.
 */
public final class WebLogin {

    private static final String PASSWORD = "Benchmark-2026";

    private WebLogin() {
    }

    /** Creates the user {@code username} with the office role and returns a client logged in as them. */
    public static HttpClient asNewOfficeUser(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, String baseUrl,
            String username) throws Exception {
        jdbc.update("insert into app_user (username, display_name, password_hash, must_change_password) "
                + "values (?, ?, ?, false)", username, username, passwordEncoder.encode(PASSWORD));
        jdbc.update("insert into app_user_role (user_id, role) select id, 'OFFICE_STAFF' from app_user where username = ?",
                username);

        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String csrf = loginPage.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=" + PASSWORD + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }
}
