package cn.overloadcontrol.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import cn.overloadcontrol.support.ApiSigner;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A station posts an over-limit record that it released through the real signed API; an
 * enforcement officer finds it on the queue in a browser and opens a case (转立案) with a comment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewJourneyIT {

    private static final String PASSWORD = "Officer2026check";
    private static final String COMMENT = "超限 3.4 吨仍放行，转立案调查";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestData data;

    WebDriver driver;
    WebDriverWait wait;
    String username;

    @BeforeEach
    void setUp() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        username = "officer-" + UUID.randomUUID().toString().substring(0, 6);
        Long userId = jdbc.queryForObject("""
                insert into app_user (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, false) returning id""", Long.class,
                username, "执法 " + username, passwordEncoder.encode(PASSWORD));
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'ENFORCEMENT_OFFICER')", userId);
    }

    @AfterEach
    void tearDown() {
        // A machine without Chromium skips the test before the browser starts.
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void releasedOverLimitRecordIsQueuedAndTurnedIntoACase() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        String plate = Plates.unique();
        int status = postSigned(station, RecordSender.record(plate, 52_400, "RELEASE"));
        assertThat(status).isEqualTo(201);

        logIn();
        driver.get(url("/weighings/queue?unitId=" + station.unitId()));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td/a[text()='" + plate + "']]")));
        assertThat(row.getText()).contains("违法放行（超限放行）");
        Browser.screenshot(driver, "10-review-queue");

        new Select(row.findElement(By.name("decision"))).selectByVisibleText("转立案");
        row.findElement(By.name("comment")).sendKeys(COMMENT);
        row.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(driver.findElements(By.xpath("//tr[td/a[text()='" + plate + "']]"))).isEmpty();
        driver.get(url("/weighings/queue?status=CASE_OPENED&unitId=" + station.unitId()));
        assertThat(driver.findElement(By.tagName("table")).getText()).contains(plate).contains(COMMENT);
        Browser.screenshot(driver, "11-review-case-opened");

        driver.findElement(By.linkText(plate)).click();
        wait.until(ExpectedConditions.urlContains("/weighings/plates/"));
        Browser.screenshot(driver, "12-plate-history");
        driver.findElement(By.cssSelector("#record-rows td a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("limit-explanation")));
        assertThat(driver.findElement(By.id("limit-explanation")).getText()).contains("超限率 6.94%");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("转立案").contains("13812345678");
        Browser.screenshot(driver, "13-record-detail");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'review_item'"
                + " and actor = ?", Long.class, username)).isEqualTo(1);
    }

    @Test
    void liveListShowsNewRecordWithoutReload() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        logIn();
        driver.get(url("/weighings?unitId=" + station.unitId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-rows")));
        String tokenBefore = driver.findElement(By.id("record-rows")).getAttribute("data-token");

        String plate = Plates.unique();
        assertThat(postSigned(station, RecordSender.record(plate, 49_000, "RELEASE"))).isEqualTo(201);

        // The list polls every second; the wait only bounds a slow machine.
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody[@id='record-rows']//tr[td/a[text()='" + plate + "']]")));
        assertThat(row.getText()).contains("合规");
        assertThat(driver.findElement(By.id("record-rows")).getAttribute("data-token")).isNotEqualTo(tokenBefore);
        assertThat(driver.getCurrentUrl()).endsWith("/weighings?unitId=" + station.unitId());
    }

    private int postSigned(TestData.StationWithKey station, Map<String, Object> record) throws Exception {
        String path = "/api/v1/weighings";
        byte[] body = SampleRecords.json(record).getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = ApiSigner.newNonce();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("X-Key-Id", station.keyId())
                .header("X-Timestamp", timestamp)
                .header("X-Nonce", nonce)
                .header("X-Signature", ApiSigner.signature(station.secret(), "POST", path, timestamp, nonce, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void logIn() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
