package cn.overloadcontrol.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginPageIT {

    @LocalServerPort
    int port;

    WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        // A machine without Chromium skips the test before the browser starts.
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void wrongPasswordShowsChineseError() {
        driver.get("http://127.0.0.1:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText()).contains("用户名或密码错误");
        Browser.screenshot(driver, "login-failed");
    }
}
