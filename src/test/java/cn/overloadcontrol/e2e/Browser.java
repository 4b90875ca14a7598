package cn.overloadcontrol.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}, installed
 * by .ci/run). Nothing is downloaded at run time: Selenium Manager is bypassed by naming both
 * binaries. Override the paths with -Dbrowser.binary and -Dbrowser.driver.
 */
final class Browser {

    private Browser() {
    }

    static WebDriver start() {
        String binary = System.getProperty("browser.binary", "/usr/bin/chromium");
        String driver = System.getProperty("browser.driver", "/usr/bin/chromedriver");
        // A developer machine with only a JDK skips browser tests; CI (CI=true) installs the
        // browser and must run them, so there a missing binary fails instead.
        boolean installed = Files.isExecutable(Path.of(binary)) && Files.isExecutable(Path.of(driver));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "Chromium not installed: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver webDriver = new ChromeDriver(service, options);
        webDriver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return webDriver;
    }

    /** Saves a screenshot under target/screenshots, for the user guide and for failures. */
    static Path screenshot(WebDriver driver, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
