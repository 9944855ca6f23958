package vn.thidua.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The Chromium and chromedriver the system's package manager installed (Debian: {@code chromium},
 * {@code chromium-driver}; .ci/run installs both). Nothing is ever downloaded: both paths are given to Selenium, so
 * Selenium Manager never runs. Where either is missing, the browser tests are skipped with a message naming it;
 * {@code -Dthidua.test.chromium=…} and {@code -Dthidua.test.chromedriver=…} point elsewhere.
 */
public final class SystemChromium implements ExecutionCondition {

    static final Path BROWSER = Path.of(System.getProperty("thidua.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("thidua.test.chromedriver", "/usr/bin/chromedriver"));

    /** Readable screenshots: a laptop screen, Tasklist's three columns side by side. */
    static final String WINDOW_SIZE = "1440,1100";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (Path needed : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(needed)) {
                return ConditionEvaluationResult.disabled("Browser tests skipped: " + needed + " not found. Install "
                        + "Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run "
                        + "does) or set -Dthidua.test.chromium / -Dthidua.test.chromedriver.");
            }
        }
        return ConditionEvaluationResult.enabled("Chromium " + BROWSER + ", chromedriver " + DRIVER);
    }

    /** A headless Chromium whose first language is Vietnamese, as a school's computer would be set up. */
    static WebDriver start() {
        return start("vi");
    }

    /**
     * A headless Chromium whose interface and accepted languages are {@code language} first (e.g. "en-US", a
     * computer bought abroad or set up in English).
     */
    static WebDriver start(String language) {
        // Belt and braces: Selenium reads these before it would ever consider Selenium Manager.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // --no-sandbox and --disable-dev-shm-usage: CI runs as root in a container with a small /dev/shm.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=" + language, "--window-size=" + WINDOW_SIZE, "--no-first-run", "--disable-extensions");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                language.contains("-") ? language + "," + language.substring(0, language.indexOf('-')) : language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                // The browser's clock shows Vietnam time, as at a school: Tasklist shows dates in the browser's zone.
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // The browser's cache on, as at a school: the webapps' scripts are asked for again (Camunda answers "no-cache"),
        // and come back as "not modified" instead of megabytes; an index page has no validator and is always new, so
        // its CSP nonce is always the one of its own response.
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** Writes target/screenshots/{test}/{NN}-{step}.png for a reviewer to look at. */
    static final class Screenshots {
        private final Path folder;
        private int next = 1;

        Screenshots(String test) {
            this.folder = Path.of("target", "screenshots", test);
            try {
                Files.createDirectories(folder);
                try (var old = Files.list(folder)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What a reviewer needs when a step times out: the screen, the page and the browser's console. */
        void failure(WebDriver browser) {
            take(browser, "loi");
            try {
                Files.writeString(folder.resolve("failure.html"), browser.getPageSource());
                StringBuilder console = new StringBuilder();
                browser.manage().logs().get(LogType.BROWSER)
                        .forEach(entry -> console.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
                Files.writeString(folder.resolve("failure-console.txt"), console);
            } catch (IOException | RuntimeException e) {
                // Diagnostics only: the timeout itself is what the test reports.
            }
        }

        Path take(WebDriver browser, String step) {
            Path file = folder.resolve("%02d-%s.png".formatted(next++, step));
            try {
                Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }
    }
}
