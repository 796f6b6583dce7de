package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.web.BrowserSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.Duration;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 指定管辖 and 委托执法 pages in headless Chromium, on a desktop and at 390 px: designating with confirmation, the
 * entrustments page, and the entrusted user's list without the actions they may not take. Screenshots go to
 * target/screenshots.
 */
class JurisdictionBrowserIT extends EndToEndIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeEach
    void openBrowser() {
        browser = session.driver();
    }

    @Test
    void the_province_admin_designates_with_confirmation_on_a_desktop_and_a_phone() throws IOException {
        long first = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long second = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        session.signIn("admin");

        designate(first, "designation");
        browser.manage().window().setSize(new Dimension(390, 844));
        designate(second, "designation-phone");
    }

    private void designate(long id, String shot) throws IOException {
        browser.get(base() + "/enterprises/" + id + "/designation");
        new Select(browser.findElement(By.id("departmentId")))
                .selectByValue(String.valueOf(demo().departmentId(SHIJIAZHUANG)));
        browser.findElement(By.id("documentNumber")).sendKeys("冀应急指〔2026〕12号");
        browser.findElement(By.id("reason")).sendKeys("市县两级对该企业管辖有争议，报省厅指定由市局管辖");
        session.screenshot(shot);
        browser.findElement(By.cssSelector("#designation-form button[type=submit]")).click();
        // not confirmed: the form again, with the reason beside the box
        assertThat(browser.findElement(By.cssSelector("#designation-form .field-error")).getText())
                .isEqualTo("请勾选确认后再提交。");
        session.screenshot(shot + "-unconfirmed");
        browser.findElement(By.id("confirmed1")).click();
        browser.findElement(By.cssSelector("#designation-form button[type=submit]")).click();
        session.waitForUrl(".*/enterprises/\\d+$");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("已指定管辖");
        assertThat(browser.findElement(By.id("current-department")).getText()).isEqualTo(SHIJIAZHUANG_DEPARTMENT);
        assertThat(browser.getPageSource()).contains("冀应急指〔2026〕12号");
        session.screenshot(shot + "-done");
    }

    @Test
    void a_county_admin_sees_and_entrusts_on_the_entrustments_page_on_a_desktop_and_a_phone() throws IOException {
        String countyAdmin = uniqueUsername("zd-admin");
        openAccount(countyAdmin, PASSWORD, ZHENGDING, "ADMIN");
        session.signIn(countyAdmin);
        browser.get(base() + "/admin/entrustments");
        assertThat(browser.findElement(By.id("entrustments")).getText()).contains("诸福屯镇安全生产监管办公室",
                "正应急委〔2026〕1号", "委托期内");
        session.screenshot("entrustments");

        browser.findElement(By.id("organisationName")).sendKeys("正定高新区安全生产监管办公室");
        new Select(browser.findElement(By.id("townshipId"))).selectByVisibleText("正定高新技术产业开发区 (开发区（园区）)");
        setDate("validFrom", "2026-01-01");
        setDate("validUntil", "2026-12-31");
        browser.findElement(By.id("documentNumber")).sendKeys("正应急委〔2026〕20号");
        browser.findElement(By.cssSelector("#entrust-form button[type=submit]")).click();
        session.waitForUrl(".*/admin/entrustments$");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("已委托");
        assertThat(browser.findElement(By.id("entrustments")).getText()).contains("正定高新区安全生产监管办公室");
        session.screenshot("entrustments-created");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base() + "/admin/entrustments");
        WebElement table = browser.findElement(By.id("entrustments"));
        assertThat(table.getSize().getWidth()).isLessThanOrEqualTo(390);
        session.screenshot("entrustments-phone");
    }

    @Test
    void the_entrusted_user_sees_the_township_list_without_new_or_import() throws IOException {
        session.signIn("zd-entrusted");
        browser.get(base() + "/enterprises");
        assertThat(browser.findElements(By.cssSelector("a[href='/enterprises/new']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href='/enterprises/import']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#enterprise-table td[data-label='执法主体']")))
                .isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEqualTo("正定县应急管理局"));
        session.screenshot("entrusted-list");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base() + "/");
        assertThat(browser.findElements(By.cssSelector("a[href='/enterprises/new']"))).isEmpty();
        assertThat(browser.findElement(By.id("entrusted-organisation")).getText())
                .contains("受委托组织：诸福屯镇安全生产监管办公室", "以委托部门的名义执法");
        session.screenshot("entrusted-home-phone");
    }

    private void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }



}
