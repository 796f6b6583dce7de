package cn.safety.enforcement.web;

import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Role;
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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 企业账号 in headless Chromium, on a desktop and on a phone (390 px): the demo's {@code zd-ent} signs in to its own
 * start page and meets the forbidden page on the departments' pages; an admin of 正定县 opens an enterprise's account
 * from the enterprise's page, a bad name refused beside the field. Screenshots under target/screenshots.
 */
class EnterpriseAccountBrowserIT extends WebIT {

    private static final String CHEMICALS = "911301230000910291";

    @Autowired
    private AccountService accounts;
    @Autowired
    private DepartmentService departments;
    @Autowired
    private Enterprises enterprises;

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
    void the_enterprise_account_sees_its_own_enterprise_and_is_kept_out_of_the_departments_pages() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("zd-ent");

        assertThat(browser.findElement(By.id("own-enterprise-name")).getText()).isEqualTo("正定县恒安化工有限公司");
        assertThat(browser.findElement(By.id("own-enterprise-credit-code")).getText()).isEqualTo(CHEMICALS);
        assertThat(browser.findElement(By.id("own-enterprise-department")).getText()).isEqualTo("正定县应急管理局");
        assertThat(browser.findElements(By.cssSelector("nav a[href='/enterprises']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("nav a[href='/inspections']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".nav-user .who")).getText())
                .isEqualTo("恒安化工安全员 · 正定县恒安化工有限公司");
        fullPage("enterprise-account-home", 1280);

        browser.get(base() + "/enterprises");
        assertThat(browser.findElement(By.cssSelector(".error-page .alert")).getText()).isEqualTo("您无权进行此操作。");
        fullPage("enterprise-account-forbidden", 1280);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base() + "/");
        assertThat(browser.findElement(By.id("own-enterprise-name")).isDisplayed()).isTrue();
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        fullPage("enterprise-account-home-phone", 390);
        browser.findElement(By.cssSelector("label.nav-toggle-label")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".nav-user .who")));
        screenshot("enterprise-account-menu-phone");
    }

    @Test
    void an_admin_of_the_county_opens_an_enterprise_account_from_the_enterprises_page() throws IOException {
        String admin = "zd-admin-b" + Long.toString(System.nanoTime(), 36);
        long zhengding = departments.firstOf("130123").orElseThrow().getId();
        accounts.openAsSystem(admin, "县局管理员", zhengding, Set.of(Role.ADMIN), null, PASSWORD);
        long chemicals = enterprises.findByCreditCode(CHEMICALS).orElseThrow().getId();

        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn(admin);
        browser.get(base() + "/enterprises/" + chemicals);
        WebElement card = browser.findElement(By.id("enterprise-accounts"));
        assertThat(card.getText()).contains("zd-ent", "恒安化工安全员");
        scrollTo("#enterprise-accounts");
        screenshot("enterprise-accounts-card");
        browser.findElement(By.id("open-enterprise-account")).click();

        browser.findElement(By.id("username")).sendKeys("x");
        browser.findElement(By.id("fullName")).sendKeys("应急值班员");
        browser.findElement(By.id("password")).sendKeys("Zhiban2026x");
        browser.findElement(By.cssSelector("#enterprise-account-form button[type=submit]")).click();
        WebElement error = browser.findElement(By.cssSelector("#enterprise-account-form .field-error"));
        assertThat(error.getText()).isEqualTo("用户名为 3-64 位字母、数字、点、横线或下划线，以字母或数字开头。");
        assertThat(browser.findElement(By.id("username")).getAttribute("class")).contains("invalid");
        fullPage("enterprise-account-form-refused", 1280);

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        fullPage("enterprise-account-form-phone", 390);

        String username = "hengan-" + Long.toString(System.nanoTime(), 36);
        WebElement name = browser.findElement(By.id("username"));
        name.clear();
        name.sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("Zhiban2026x");
        browser.findElement(By.cssSelector("#enterprise-account-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/enterprises/"
                + chemicals));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains(username);
        assertThat(browser.findElement(By.id("enterprise-accounts")).getText()).contains(username, "应急值班员");
        scrollTo("#enterprise-accounts");
        screenshot("enterprise-accounts-card-phone");
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

    private int pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;"))
                .intValue();
    }

    private void scrollTo(String css) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(By.cssSelector(css)));
    }

    /** The whole page at this width: the window is made as tall as the page first. */
    private void fullPage(String name, int width) throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser)
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
