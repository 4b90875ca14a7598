package cn.overloadcontrol.e2e;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.sourceunit.UnitImportColumn;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's first day in a real browser: log in with a one-time password, set a new one,
 * import units from an xlsx, publish two of them, and find exactly those two on the public list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LedgerJourneyIT {

    private static final String INITIAL_PASSWORD = "Initial2026pass";
    private static final String NEW_PASSWORD = "Gaoping2026office";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    WebDriver driver;
    WebDriverWait wait;
    String suffix;
    String username;

    @BeforeEach
    void setUp() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        username = "office-" + suffix.toLowerCase();
        Long userId = jdbc.queryForObject("""
                insert into app_user (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, true) returning id""", Long.class,
                username, "治超办 张" + suffix, passwordEncoder.encode(INITIAL_PASSWORD));
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
    void importPublishAndFindOnPublicList() throws Exception {
        logInAndChangePassword();

        List<String> names = List.of("高平" + suffix + "一号煤业有限公司", "高平" + suffix + "洗煤厂",
                "高平" + suffix + "砂石料场");
        importUnits(names);

        publish(names.get(0), names.get(1));

        driver.get(url("/public/units?name=" + suffix));
        String publicTable = driver.findElement(By.tagName("table")).getText();
        Browser.screenshot(driver, "05-public-list");
        assertThat(publicTable).contains(names.get(0));
        assertThat(publicTable).contains(names.get(1));
        assertThat(publicTable).doesNotContain(names.get(2));
        assertThat(publicTable).contains("138****" + "5678");
        assertThat(publicTable).doesNotContain("13812345678");
    }

    private void logInAndChangePassword() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(INITIAL_PASSWORD);
        Browser.screenshot(driver, "01-login");
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys(INITIAL_PASSWORD);
        driver.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
        driver.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
        Browser.screenshot(driver, "02-change-password");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
    }

    private void importUnits(List<String> names) throws Exception {
        Path file = writeImportFile(names);
        driver.get(url("/units/import"));
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("main form[enctype] button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ready")));
        Browser.screenshot(driver, "03-import-preview");
        driver.findElement(By.cssSelector("#ready button[type=submit]")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
    }

    private void publish(String... names) {
        driver.get(url("/units?keyword=" + suffix));
        for (String name : names) {
            driver.findElement(By.cssSelector("input[name=ids][aria-label='" + name + "']")).click();
        }
        Browser.screenshot(driver, "04-ledger-select");
        driver.findElement(By.cssSelector("button[form=bulk-publish]")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
    }

    /** A workbook in the template's layout with one row per name, all in 米山镇. */
    private Path writeImportFile(List<String> names) throws Exception {
        Path file = Files.createTempFile("units-" + suffix, ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("源头单位");
            Row header = sheet.createRow(0);
            UnitImportColumn[] columns = UnitImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].templateHeader());
            }
            for (int r = 0; r < names.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < columns.length; i++) {
                    String value = valueFor(columns[i], names.get(r), r);
                    if (value != null) {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private String valueFor(UnitImportColumn column, String name, int index) {
        return switch (column) {
            case NAME -> name;
            case CREDIT_CODE -> creditCode(index);
            case UNIT_TYPE -> "煤矿";
            case AREA -> "米山镇";
            case ADDRESS -> "高平市米山镇" + suffix + "村";
            case SUPERVISION_MODE -> "联网监控";
            case SUPERVISOR_NAME -> "李监管";
            case SUPERVISOR_DEPARTMENT -> "高平市治超办";
            case SUPERVISOR_OFFICE_PHONE -> "0356-5221234";
            case SUPERVISOR_MOBILE -> "13812345678";
            default -> null;
        };
    }

    /** A valid code with division 140581 that no other test uses. */
    private String creditCode(int index) {
        String serial = (suffix.replaceAll("[^0-9A-F]", "0") + index + "00000000").substring(0, 9)
                .replace('I', '1').replace('O', '0');
        String first17 = "91140581" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
