package cn.safety.enforcement.web;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium per test of a browser test ({@code @RegisterExtension}): skipped where Chromium is not
 * installed, opened before each test and quit after it; signing in through the login form, waiting for a navigation
 * and keeping a screenshot under target/screenshots.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private final Duration implicitWait;
    private final Supplier<String> base;
    private WebDriver driver;

    /** {@code base}: the application's address, asked for when a test starts (the port is known by then). */
    public BrowserSession(Duration implicitWait, Supplier<String> base) {
        this.implicitWait = implicitWait;
        this.base = base;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.assumeInstalled();
        driver = Chromium.open(implicitWait);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Asserts that the page does not scroll sideways at a phone's width: its document is no wider than {@code width},
     * and a failure names the elements reaching past the right edge and those overflowing their own box.
     */
    public void assertNoSidewaysScrolling(int width) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object wide = js.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect(); if (r.right > w + 1 && out.length < 5) {"
                + "    out.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right)); } });"
                + "document.querySelectorAll('body, body *').forEach(function (e) {"
                + "  if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && out.length < 8) {"
                + "    out.push('overflowing ' + e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + e.scrollWidth); } });"
                + "return 'scrollX ' + window.scrollX + ': ' + out.join(', ');");
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling (too wide: %s)", wide).isLessThanOrEqualTo(width);
    }

    /** Asserts that no message key is left untranslated (Thymeleaf shows a missing one as ??key_locale??). */
    public void assertEveryTextTranslated() {
        assertThat(driver.getPageSource()).doesNotContain("??");
    }

    /** Signs in through the login form with the demo password and asserts that the login page was left. */
    public void signIn(String username) {
        driver.get(base.get() + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(WebIT.PASSWORD);
        driver.findElement(By.id("password")).submit();
        waitForUrl("^(?!.*/login).*$");
        assertThat(driver.getCurrentUrl()).as("signed in as %s: %s", username,
                driver.findElements(By.cssSelector(".alert")).stream().map(WebElement::getText).toList())
                .doesNotContain("/login");
    }

    /** Signs a browser a test opened itself in through the login form, and waits until the login page is left. */
    public static void signIn(WebDriver driver, String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("password")).submit();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("^(?!.*/login).*$"));
    }

    /** Waits for a navigation the last click started; the assertion that follows says what went wrong if it never came. */
    public void waitForUrl(String regex) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(regex));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // the assertion after this call reports the page as it is
        }
    }

    /** The window as it is, kept as target/screenshots/{@code name}.png. */
    public void screenshot(String name) throws IOException {
        screenshot(driver, name);
    }

    /** As {@link #screenshot(String)}, for a browser a test opened itself. */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
