package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.web.BrowserSession;
import cn.safety.enforcement.web.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hazard pages in headless Chromium, on a desktop and on a phone (390 px): the inspector's to-do list, ordering a
 * hazard from its page, the enterprise's account reporting its rectification with a photo, the re-check, and the hazard
 * list with its filters. Screenshots under target/screenshots.
 */
class HazardBrowserIT extends EndToEndIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeAll
    static void needsChromium() {
        Chromium.assumeInstalled();
    }

    @BeforeEach
    void desktop() {
        browser = session.driver();
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void phone() {
        browser.manage().window().setSize(new Dimension(390, 1400));
    }

    private void noSidewaysScrolling() {
        session.assertNoSidewaysScrolling(390);
    }

    /** Taps an element as a thumb would: scrolled to the middle of the screen, clear of the form's sticky button. */
    private void tap(By by) {
        WebElement e = browser.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /** Waits for the next page's message: the page before may still show its own for a moment after a click. */
    private void expectFlash(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), expected));
    }

    private long hazard(long enterprise, String description) {
        return expect(api("zd-inspector").post("/api/v1/hazards", Http.json(Map.of("enterpriseId", enterprise,
                "source", "COMPLAINT", "grade", "GENERAL", "description", description, "place", "罐区",
                "legalBasis", "《危险化学品安全管理条例》第二十条"))), 201).json().path("id").asLong();
    }

    @Test
    void an_inspector_reads_the_to_do_list_orders_a_hazard_the_enterprise_reports_with_a_photo_and_the_recheck_rejects()
            throws Exception {
        long enterprise = api("zd-ent").getJson("/api/v1/me").path("enterprise").path("id").asLong();
        long due = hazard(enterprise, "储罐区可燃气体报警器失效");
        expect(api("zd-inspector").post("/api/v1/hazards/" + due + "/order", Http.json(Map.of("workingDays", 2,
                "requirements", "更换报警器并校验"))), 200);
        long id = hazard(enterprise, "装卸区静电接地线断开");

        // the inspector's to-do list
        session.signIn("zd-inspector");
        browser.get(base() + "/");
        assertThat(browser.findElement(By.id("todo-deadlines")).getText()).contains("储罐区可燃气体报警器失效")
                .contains("个工作日");
        session.screenshot("hazard-todo-desktop");
        phone();
        browser.navigate().refresh();
        noSidewaysScrolling();
        session.screenshot("hazard-todo-phone");

        // ordering, on the phone
        browser.get(base() + "/hazards/" + id);
        assertThat(browser.findElements(By.id("plan-form"))).isEmpty();
        browser.findElement(By.id("ORDER-workingDays")).sendKeys("5");
        browser.findElement(By.id("ORDER-requirements")).sendKeys("恢复静电接地并检测接地电阻");
        session.screenshot("hazard-order-phone");
        assertThat(browser.findElements(By.cssSelector("#order-form input[name=workingDays]")))
                .as("one control per field, no stray inputs from the form parts").hasSize(1);
        WebElement issue = browser.findElement(By.cssSelector("#order-form button[type=submit]"));
        assertThat(issue.getSize().getHeight()).as("a thumb-sized button").isGreaterThanOrEqualTo(44);
        issue.click();
        expectFlash("已下达责令限期整改指令书");
        assertThat(browser.findElement(By.id("hazard-state")).getText()).isEqualTo("已督办");
        assertThat(browser.findElement(By.id("order-document")).isDisplayed()).isTrue();
        noSidewaysScrolling();
        session.screenshot("hazard-ordered-phone");
        session.signIn("zd-ent");

        // the enterprise: its plan and its report with a photo
        expect(api("zd-ent").post("/api/v1/hazards/" + id + "/rectification-plan", Http.json(Map.of("goal",
                "消除静电积聚", "responsiblePerson", "赵安全", "funds", 3000, "measures", "重新敷设接地线",
                "plannedCompletion", LocalDate.now().plusDays(2).toString()))), 200);
        browser.get(base() + "/");
        assertThat(browser.findElement(By.id("enterprise-work")).getText()).contains("装卸区静电接地线断开");
        session.screenshot("hazard-enterprise-home-phone");
        browser.get(base() + "/hazards/" + id);
        assertThat(browser.findElements(By.id("order-form"))).isEmpty();
        assertThat(browser.findElements(By.id("history"))).as("the record stays with the department").isEmpty();
        Path photo = Files.createTempFile("hazard-photo", ".jpg");
        Files.write(photo, InspectionSiteIT.jpeg());
        browser.findElement(By.id("evidence-file")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        expectFlash("证据已上传");
        assertThat(browser.findElements(By.cssSelector("#evidence img.thumb"))).isNotEmpty();
        browser.findElement(By.id("REPORT-description")).sendKeys("接地线已重新敷设，接地电阻 2.1Ω");
        session.screenshot("hazard-enterprise-report-phone");
        noSidewaysScrolling();
        browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();
        expectFlash("整改情况已报告");
        assertThat(browser.findElement(By.id("hazard-state")).getText()).isEqualTo("已报整改");
        noSidewaysScrolling();
        session.screenshot("hazard-enterprise-reported-phone");

        // the re-check rejects with a new deadline: first without it, the message beside the field
        session.signIn("zd-inspector");
        browser.get(base() + "/hazards/" + id);
        tap(By.cssSelector("#verification-form .choice.FAIL"));
        browser.findElement(By.id("VERIFY-opinion")).sendKeys("接地电阻未检测记录");
        browser.findElement(By.cssSelector("#verification-form button[type=submit]")).click();
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verification-form .field-error")));
        assertThat(error.getText()).contains("请填写新的整改期限");
        assertThat(browser.findElement(By.id("VERIFY-opinion")).getAttribute("value")).contains("接地电阻未检测记录");
        session.screenshot("hazard-recheck-refused-phone");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('VERIFY-newDeadline').value = arguments[0]",
                LocalDate.now().plusDays(7).toString());
        browser.findElement(By.cssSelector("#verification-form button[type=submit]")).click();
        expectFlash("已出具整改复查意见书");
        assertThat(browser.findElement(By.id("hazard-state")).getText()).isEqualTo("整改中");
        assertThat(browser.findElement(By.id("verifications")).getText()).contains("复查不合格");
        session.screenshot("hazard-recheck-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.navigate().refresh();
        session.screenshot("hazard-recheck-desktop");
    }

    @Test
    void the_hazard_list_filters_by_state_grade_deadline_and_sector_on_a_desktop_and_a_phone() throws Exception {
        String code = Demo.newCreditCode(ZHENGDING);
        long enterprise = expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(Demo.enterpriseBody(code,
                ZHENGDING, "隐患清单" + code.substring(8, 17) + "有限公司"))), 201).json().path("id").asLong();
        long found = hazard(enterprise, "配电室门口堆放杂物");
        long ordered = hazard(enterprise, "叉车未定期检验");
        expect(api("zd-inspector").post("/api/v1/hazards/" + ordered + "/order", Http.json(Map.of("workingDays", 10,
                "requirements", "送检"))), 200);
        session.signIn("zd-inspector");
        browser.get(base() + "/hazards?enterpriseId=" + enterprise);
        String all = browser.findElement(By.id("hazards")).getText();
        assertThat(all).contains("配电室门口堆放杂物", "叉车未定期检验");
        browser.get(base() + "/hazards?enterpriseId=" + enterprise + "&state=ORDERED&sector=INDUSTRY_TRADE&dueFrom="
                + LocalDate.now() + "&dueTo=" + LocalDate.now().plusDays(30));
        assertThat(browser.findElement(By.id("hazards")).getText()).contains("叉车未定期检验", "个工作日")
                .doesNotContain("配电室门口堆放杂物");
        assertThat(browser.findElements(By.id("hazard-" + found))).isEmpty();
        session.screenshot("hazard-list-desktop");
        phone();
        browser.navigate().refresh();
        noSidewaysScrolling();
        session.screenshot("hazard-list-phone");
        browser.get(base() + "/hazards/lists?kind=RECTIFICATION&enterpriseId=" + enterprise);
        assertThat(browser.findElement(By.id("hazard-list")).getText()).contains("送检");
        noSidewaysScrolling();
        session.screenshot("hazard-lists-phone");
    }

    @Test
    void the_english_start_page_and_hazard_pages_read_in_english_on_a_desktop_and_a_phone() throws Exception {
        long enterprise = api("zd-ent").getJson("/api/v1/me").path("enterprise").path("id").asLong();
        long id = hazard(enterprise, "消防通道被货物占用");
        expect(api("zd-inspector").post("/api/v1/hazards/" + id + "/order", Http.json(Map.of("workingDays", 2,
                "requirements", "清理消防通道"))), 200);
        session.signIn("zd-inspector");
        try {
            browser.get(base() + "/?lang=en");
            assertThat(browser.findElement(By.id("todo")).getText()).contains("Due within 3 working days",
                    "My inspections in progress");
            assertThat(browser.findElement(By.id("todo-hazard-" + id)).getText()).contains("working day")
                    .doesNotContain("个工作日");
            englishAtBothWidths("en-todo");
            browser.get(base() + "/hazards?enterpriseId=" + enterprise);
            assertThat(browser.findElement(By.id("hazard-" + id)).getText()).contains("working day");
            assertThat(browser.findElement(By.id("filter-panel")).getText()).contains("Enterprise");
            englishAtBothWidths("en-hazard-list");
            browser.get(base() + "/hazards?enterprise=" + java.net.URLEncoder.encode("恒安",
                    java.nio.charset.StandardCharsets.UTF_8));
            englishAtBothWidths("en-hazard-list-search");
            browser.get(base() + "/hazards/" + id);
            assertThat(browser.findElement(By.id("deadline")).getText()).contains("Deadline", "working day");
            englishAtBothWidths("en-hazard");
            session.signIn("zd-ent");
            browser.get(base() + "/?lang=en");
            assertThat(browser.findElement(By.id("enterprise-work")).getText()).contains("消防通道被货物占用");
            englishAtBothWidths("en-enterprise-home");
        } finally {
            browser.get(base() + "/?lang=zh_CN");
        }
    }

    /** The page as it is, on a desktop and then on a phone, where nothing may reach past the screen's edge. */
    private void englishAtBothWidths(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith("en");
        session.screenshot(name + "-desktop");
        phone();
        browser.navigate().refresh();
        noSidewaysScrolling();
        session.screenshot(name + "-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }
}
