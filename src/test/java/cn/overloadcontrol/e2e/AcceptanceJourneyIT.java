package cn.overloadcontrol.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.overloadcontrol.acceptance.PreparedUnits;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office schedules the acceptance of a unit whose station, inventory and records are in
 * place, evaluates the automatic items, checks the manual items and the two items without
 * heartbeat data by hand, and concludes 合格, all in a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AcceptanceJourneyIT {

    private static final String PASSWORD = "Office2026accept";
    private static final String NOTES = "现场检查符合要求";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PreparedUnits prepared;
    @Autowired
    MockMvc mvc;

    WebDriver driver;
    WebDriverWait wait;
    String username;

    @BeforeEach
    void setUp() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        username = "office-" + UUID.randomUUID().toString().substring(0, 6);
        Long userId = jdbc.queryForObject("""
                insert into app_user (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, false) returning id""", Long.class,
                username, "治超办 " + username, passwordEncoder.encode(PASSWORD));
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'OFFICE_STAFF')", userId);
    }

    @AfterEach
    void tearDown() {
        // A machine without Chromium skips the test before the browser starts.
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void readyUnitIsAcceptedFromSchedulingToPassed() throws Exception {
        TestData.StationWithKey station = prepared.ready(mvc);
        String unitName = jdbc.queryForObject("select name from source_unit where id = ?", String.class,
                station.unitId());

        logIn();
        driver.get(url("/acceptances/new"));
        new Select(driver.findElement(By.id("unitId"))).selectByVisibleText(unitName);
        setDate(driver.findElement(By.id("scheduledOn")), LocalDate.now(ZoneOffset.ofHours(8)));
        driver.findElement(By.id("inspectors")).sendKeys("张三、李四");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("item-rows")));
        assertThat(driver.findElement(By.id("acceptance-status")).getText()).isEqualTo("验收中");
        Browser.screenshot(driver, "20-acceptance-scheduled");

        click(driver.findElement(By.id("evaluate")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(driver.findElement(By.id("item-rows")).getText()).contains("无数据（站点未上报）")
                .contains("测试期内收到称重记录 2 条，其中带照片 2 条");
        Browser.screenshot(driver, "21-acceptance-evaluated");

        int rows = driver.findElements(By.cssSelector("#item-rows tbody tr")).size();
        for (int position = 1; position <= rows; position++) {
            passByHand(position);
        }
        Browser.screenshot(driver, "22-acceptance-checked");

        click(driver.findElement(By.id("conclude")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("acceptance-status"), "合格"));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("验收结论：合格");
        assertThat(driver.findElements(By.id("conclude"))).isEmpty();
        Browser.screenshot(driver, "23-acceptance-passed");

        assertThat(jdbc.queryForObject("select status from acceptance where unit_id = ?", String.class,
                station.unitId())).isEqualTo("PASSED");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'acceptance_item'"
                + " and actor = ?", Long.class, username)).isGreaterThanOrEqualTo(6);
    }

    /** Records 合格 with notes on an item that offers the form and is not passed yet. */
    private void passByHand(int position) {
        WebElement row = driver.findElement(By.id("item-" + position));
        String outcome = row.findElement(By.cssSelector(".outcome")).getText();
        if (outcome.equals("合格") || row.findElements(By.cssSelector("form.record-form")).isEmpty()) {
            return;
        }
        WebElement form = row.findElement(By.cssSelector("form.record-form"));
        new Select(form.findElement(By.name("outcome"))).selectByVisibleText("合格");
        form.findElement(By.name("notes")).sendKeys(NOTES);
        form.submit();
        wait.until(ExpectedConditions.stalenessOf(row));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#item-" + position + " .outcome"), "合格"));
    }

    // Bootstrap scrolls smoothly, so a click right after a plain scrollIntoView can hit another element.
    private void click(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
    }

    // Typing into a date input depends on the browser's locale format, so the value is set directly.
    private void setDate(WebElement input, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, date.toString());
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
