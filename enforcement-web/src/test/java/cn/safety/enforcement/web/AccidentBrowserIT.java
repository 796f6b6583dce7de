package cn.safety.enforcement.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise file's accident and duty-finding sections and their forms, in headless Chromium at desktop width
 * (1280 px) and phone width (390 px), kept as screenshots under target/screenshots (accident-*.png).
 */
class AccidentBrowserIT extends WebIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private WebDriver browser;

    @Autowired
    private JdbcClient jdbc;

    @BeforeAll
    static void needsChromium() {
        Chromium.assumeInstalled();
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open(Duration.ofSeconds(2));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The 正定县 enterprise with the demo's fatal accident. */
    private long demoAccidentEnterprise() {
        return jdbc.sql("SELECT enterprise_id FROM accident WHERE place = '二号车间冲压生产线' ORDER BY id LIMIT 1")
                .query(Long.class).single();
    }

    @Test
    void the_file_shows_the_accidents_and_findings_and_the_forms_record_them_on_a_desktop_and_a_phone()
            throws IOException {
        long id = demoAccidentEnterprise();
        signIn("zd-inspector");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String width = size == DESKTOP ? "desktop" : "phone";
            at(size, "/enterprises/" + id);
            WebElement accidents = browser.findElement(By.id("accidents"));
            assertThat(accidents.getText()).contains("机械伤害", "一般事故", "县级人民政府",
                    "设区的市级人民政府安全生产委员会");
            assertThat(browser.findElement(By.id("record-accident")).isDisplayed()).isTrue();
            assertThat(fitsTheWidth()).as("no sideways scrolling at %s", width).isTrue();
            shot("accident-file-" + width);

            at(size, "/enterprises/" + id + "/accidents/new");
            setValue("occurredAt", "2099-01-01T08:00");
            browser.findElement(By.id("deaths")).clear();
            browser.findElement(By.id("deaths")).sendKeys("-1");
            browser.findElement(By.cssSelector("#accident-form button[type=submit]")).click();
            assertThat(browser.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText))
                    .contains("事故发生时间不能晚于现在。", "请填写事故发生地点。", "人数不能为负数。");
            assertThat(fitsTheWidth()).as("the refused form fits at %s", width).isTrue();
            shot("accident-form-refused-" + width);

            setValue("occurredAt", "2025-06-03T15:20");
            browser.findElement(By.id("place")).sendKeys("成品仓库 " + width);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category")))
                    .selectByValue("FALL_FROM_HEIGHT");
            browser.findElement(By.id("deaths")).clear();
            browser.findElement(By.id("deaths")).sendKeys("3");
            browser.findElement(By.id("directLossTenThousandYuan")).clear();
            browser.findElement(By.id("directLossTenThousandYuan")).sendKeys("420");
            browser.findElement(By.id("summary")).sendKeys("货架顶层作业未系安全带。");
            browser.findElement(By.cssSelector("#accident-form button[type=submit]")).click();
            waitForUrl(".*/enterprises/" + id + "(#accidents)?$");
            assertThat(browser.findElement(By.cssSelector(".flash")).getText()).startsWith("事故已记录");
            assertThat(browser.findElement(By.id("accidents")).getText()).contains("成品仓库 " + width, "较大事故",
                    "设区的市级人民政府", "省级人民政府安全生产委员会");

            at(size, "/enterprises/" + id + "/duty-findings/new");
            browser.findElement(By.id("finding")).sendKeys("主要负责人未履行隐患排查治理职责 " + width);
            browser.findElement(By.cssSelector("#duty-finding-form button[type=submit]")).click();
            waitForUrl(".*/enterprises/" + id + "(#duty-findings)?$");
            assertThat(browser.findElement(By.id("duty-findings")).getText())
                    .contains("主要负责人未履行隐患排查治理职责 " + width);
            assertThat(fitsTheWidth()).isTrue();
            ((JavascriptExecutor) browser).executeScript(
                    "document.getElementById('accidents').scrollIntoView()");
            shot("accident-file-recorded-" + width);
        }
    }

    @Test
    void a_legal_reviewer_reads_the_sections_without_the_forms() throws IOException {
        long id = demoAccidentEnterprise();
        signIn("zd-legal");
        at(PHONE, "/enterprises/" + id);
        assertThat(browser.findElement(By.id("accidents")).getText()).contains("机械伤害");
        assertThat(browser.findElements(By.id("record-accident"))).isEmpty();
        assertThat(browser.findElements(By.id("record-duty-finding"))).isEmpty();
        shot("accident-file-read-only-phone");
    }

    private boolean fitsTheWidth() {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1");
        return Boolean.TRUE.equals(fits);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value);
    }

    private void at(Dimension size, String path) {
        browser.manage().window().setSize(size);
        browser.get(base() + path);
    }

    private void signIn(String username) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("password")).submit();
        waitForUrl("^(?!.*/login).*$");
    }

    private void waitForUrl(String regex) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(regex));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // the assertion after this call reports the page as it is
        }
    }

    /** A screenshot of the whole page, not only of the window. */
    private void shot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Dimension window = browser.manage().window().getSize();
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        int full = Math.min(((Number) height).intValue() + 140, 4000);
        browser.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), full)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(window);
    }
}
