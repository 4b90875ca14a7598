package cn.overloadcontrol.sourceunit.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.LedgerTestData;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ledger list in a real browser (headless Chromium from Debian's packages): filters and sort
 * headers refresh the table through htmx without reloading the page, and the address bar keeps
 * the view. Screenshots go to target/screenshots for a look at the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LedgerBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PASSWORD = "Ledger-IT-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService service;

    WebDriver browser;
    WebDriverWait wait;
    String marker;

    @BeforeEach
    void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=zh-CN");
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(driverService, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        marker = uniqueMarker();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Creates an office user that need not change the password, and logs in as it. */
    private void logInAsOffice() {
        String username = "ledger-it-" + marker;
        jdbc.update("insert into app_user (username, display_name, password_hash, must_change_password) "
                + "values (?, ?, ?, false)", username, "台账测试", passwordEncoder.encode(PASSWORD));
        jdbc.update("insert into app_user_role (user_id, role) select id, 'OFFICE_STAFF' from app_user where username = ?",
                username);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void filtersAndSortRefreshTableInPlace() throws Exception {
        LedgerTestData data = new LedgerTestData(regions, service);
        data.createUnit("浏览器甲煤矿" + marker, "140581101");
        data.createUnit("浏览器乙洗煤厂" + marker, "140581102");
        logInAsOffice();
        browser.get(url("/units"));
        // A page reload would drop this flag; an htmx swap keeps it.
        ((JavascriptExecutor) browser).executeScript("window.ledgerPageMarker = 'kept';");

        browser.findElement(By.id("keyword")).sendKeys(marker);
        wait.until(ExpectedConditions.urlContains("keyword=" + marker));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#unit-table tbody tr"), 2));
        screenshot("units-list");

        browser.findElement(By.linkText("单位名称")).click();
        wait.until(ExpectedConditions.urlContains("sort=name"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#unit-table thead"), "▲"));

        assertThat(browser.getCurrentUrl()).contains("keyword=" + marker).contains("dir=asc");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.ledgerPageMarker;")).isEqualTo("kept");
        assertThat(browser.findElements(By.cssSelector("#unit-table tbody tr td a")).get(0).getText())
                .isEqualTo("浏览器乙洗煤厂" + marker);
        assertThat(browser.findElement(By.cssSelector("a[href*='/units/export.xlsx']")).getAttribute("href"))
                .contains("keyword=" + marker);
    }

    @Test
    void linkReproducesFilteredView() throws Exception {
        long mishan = new LedgerTestData(regions, service).areaId("140581101");
        new LedgerTestData(regions, service).createUnit("链接复现" + marker, "140581101");
        logInAsOffice();

        browser.get(url("/units?keyword=" + marker + "&areaId=" + mishan + "&sort=name&dir=asc"));

        assertThat(browser.findElement(By.id("keyword")).getAttribute("value")).isEqualTo(marker);
        assertThat(browser.findElements(By.cssSelector("#unit-table tbody tr td a")).get(0).getText())
                .isEqualTo("链接复现" + marker);
    }

    @Test
    void formShowsCheckCharacterWarningWhileTyping() throws Exception {
        logInAsOffice();
        String valid = LedgerTestData.newCreditCode();
        browser.get(url("/units/new"));

        browser.findElement(By.id("creditCode")).sendKeys(LedgerTestData.withWrongCheckCharacter(valid));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("creditCodeOverrideReason")));

        assertThat(browser.findElement(By.id("credit-code-check")).getText()).contains("计算应为 " + valid.charAt(17));
        screenshot("units-form-warning");
    }

    @Test
    void detailPageShowsHistory() throws Exception {
        long id = new LedgerTestData(regions, service).createUnit("详情页" + marker, "140581101");
        service.changeStatus(id, cn.overloadcontrol.sourceunit.UnitStatus.SUSPENDED, java.time.LocalDate.of(2026, 1, 5),
                "冬季停产检修");
        logInAsOffice();

        browser.get(url("/units/" + id));

        assertThat(browser.findElement(By.id("status-history")).getText()).contains("冬季停产检修");
        screenshot("units-detail");
    }

    @Test
    void publicPageRendersWithoutLogin() throws Exception {
        long id = new LedgerTestData(regions, service).createUnit("公示页" + marker, "140581101");
        service.publish(id, java.time.LocalDate.of(2026, 5, 20));

        browser.get(url("/public/units?name=" + marker));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("源头单位公示名单");
        assertThat(browser.findElement(By.tagName("tbody")).getText()).contains("公示页" + marker, "138****1234");
        screenshot("public-units");
    }
}
