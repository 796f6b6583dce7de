package cn.safety.enforcement.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist pages in headless Chromium, on a desktop and at 390 px: an inspector reads the 化工 standard item by
 * item; a province admin drafts a list and types its first item. Screenshots under target/screenshots.
 */
class ChecklistBrowserIT extends WebIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeEach
    void openBrowser() {
        browser = session.driver();
    }

    @Test
    void an_inspector_reads_the_chemical_standard_item_by_item_on_a_desktop_and_on_a_phone() throws IOException {
        session.signIn("zd-inspector");
        browser.get(base() + "/checklists?sector=HAZARDOUS_CHEMICALS");
        assertThat(browser.findElement(By.id("checklists")).getText())
                .contains("化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）", "20 项（重大事故隐患 20 项）");
        session.screenshot("checklists-list");
        browser.findElement(By.linkText("化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）")).click();

        assertThat(browser.findElements(By.cssSelector("#items li.checklist-item"))).hasSize(20);
        assertThat(browser.findElements(By.cssSelector("#items .badge.major"))).hasSize(20);
        assertThat(browser.findElement(By.cssSelector("#items li:nth-child(5) .item-ref")).getText())
                .isEqualTo("第（五）项");
        assertThat(browser.findElement(By.id("checklist-state")).getText()).isEqualTo("施行中");
        assertThat(browser.findElements(By.id("put-in-force-form"))).as("inspectors do not maintain").isEmpty();
        fullPage("checklist-detail", 1280);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(pageWidth()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        session.screenshot("checklist-detail-phone");
        scrollTo("#items li:nth-child(5)");
        session.screenshot("checklist-detail-phone-items");
    }

    @Test
    void a_province_admin_drafts_a_list_and_types_its_first_item_on_a_phone() throws IOException {
        session.signIn("admin");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base() + "/admin/checklists");
        assertThat(pageWidth()).isLessThanOrEqualTo(390);
        String code = "BR-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("title")).sendKeys("城镇燃气经营企业检查清单（测试）");
        browser.findElement(By.id("sourceDocument")).sendKeys("测试〔2026〕1号");
        click("#draft-form input[value='GAS']");
        scrollTo("#draft-form");
        session.screenshot("checklist-draft-form-phone");
        click("#draft-form button[type=submit]");

        session.waitForUrl(".*/admin/checklists/\\d+/edit");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("已起草新清单，请录入检查事项。");
        browser.findElement(By.id("ref-0")).sendKeys("第一条");
        browser.findElement(By.id("text-0")).sendKeys("核查燃气管道是否有清晰的走向标识和警示标志。");
        browser.findElement(By.id("basis-0")).sendKeys("测试〔2026〕1号 第一条");
        assertThat(pageWidth()).isLessThanOrEqualTo(390);
        session.screenshot("checklist-edit-phone");
        click("#items-form button[type=submit]");

        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("检查事项已保存。");
        assertThat(browser.findElement(By.id("ref-0")).getAttribute("value")).isEqualTo("第一条");
        browser.findElement(By.linkText("完成")).click();
        assertThat(browser.findElement(By.id("checklist-state")).getText()).isEqualTo("草稿");
        assertThat(browser.findElement(By.cssSelector("#items .item-text")).getText())
                .isEqualTo("核查燃气管道是否有清晰的走向标识和警示标志。");
        session.screenshot("checklist-draft-phone");
        fullPage("checklist-draft", 1280);
    }

    private void click(String css) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", browser.findElement(By.cssSelector(css)));
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
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, 900));
        Number height = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 150, 8000)));
        session.screenshot(name);
        browser.manage().window().setSize(before);
    }
}
