package cn.safety.enforcement.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 乡镇/街道 admin page and the township choice of the enterprise form in headless Chromium, on a desktop and on a
 * phone; screenshots under target/screenshots.
 */
class TownshipBrowserIT extends WebIT {

    private WebDriver browser;

    @BeforeAll
    static void needsChromium() {
        Chromium.assumeInstalled();
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_admin_chooses_a_county_sees_its_townships_and_a_duplicate_is_refused_beside_the_name() throws IOException {
        signIn("admin");
        browser.get(base() + "/admin/townships");
        assertThat(browser.findElement(By.linkText("乡镇街道")).isDisplayed()).isTrue();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("county"))).selectByValue("130123");
        browser.findElement(By.cssSelector("#county-form button")).click();

        assertThat(browser.findElement(By.cssSelector("#townships h2")).getText()).contains("正定县");
        assertThat(browser.findElement(By.id("townships")).getText()).contains("诸福屯镇", "曲阳桥乡", "开发区（园区）");
        fullPage("admin-townships", 1280);

        browser.findElement(By.id("name")).sendKeys("新城铺镇");
        browser.findElement(By.cssSelector("#township-form button[type=submit]")).click();
        WebElement error = browser.findElement(By.cssSelector("#township-form .field-error"));
        assertThat(error.getText()).startsWith("本县级行政区已有名为“新城铺镇”的乡镇（街道）");
        assertThat(browser.findElement(By.id("name")).getAttribute("class")).contains("invalid");
        fullPage("admin-townships-duplicate", 1280);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base() + "/admin/townships?county=130123");
        Number pageWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        fullPage("admin-townships-phone", 390);
    }

    @Test
    void the_enterprise_forms_township_list_follows_the_county_chosen() throws IOException {
        signIn("sjz-inspector");
        browser.get(base() + "/enterprises/new");
        org.openqa.selenium.support.ui.Select township =
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("townshipId")));
        assertThat(township.getOptions()).hasSize(1);

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("divisionCode"))).selectByValue("130123");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> new org.openqa.selenium.support.ui.Select(
                d.findElement(By.id("townshipId"))).getOptions().size() > 1);
        assertThat(township.getOptions()).extracting(WebElement::getText).contains("未填写（不详）", "诸福屯镇", "新安镇");

        fullPage("enterprise-form-township", 1280);
        browser.manage().window().setSize(new Dimension(390, 844));
        scrollTo("label[for=divisionCode]");
        screenshot("enterprise-form-township-phone");
    }

    private void signIn(String username) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("password")).submit();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("^(?!.*/login).*$"));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // the assertion below reports it
        }
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private void scrollTo(String css) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(By.cssSelector(css)));
    }

    /** The whole page at this width: the window is made as tall as the page first. */
    private void fullPage(String name, int width) throws IOException {
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 150, 8000)));
        screenshot(name);
        browser.manage().window().setSize(before);
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
