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
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's 挂牌督办 and notifications in headless Chromium, on a desktop and on a phone (390 px), in Chinese and in
 * English: 石家庄市's supervisor opens the overdue major hazard of 正定县 it supervises from the start page and reads
 * its notice; the county reads the notice too, without the city's PDF; the inspector and the supervisor follow the bell
 * to their notifications and mark them read. Screenshots under target/screenshots.
 */
class HazardSupervisionBrowserIT extends EndToEndIT {

    private static final String OVERDUE_MAJOR = "粉磨车间袋式除尘器";

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

    private void everyTextTranslated() {
        session.assertEveryTextTranslated();
    }

    /** The demo's overdue major hazard of 正定县, as the city's queue lists it. */
    private JsonNode overdueMajor() {
        String next = null;
        do {
            JsonNode page = api("sjz-supervisor").getJson("/api/v1/hazards/supervised?size=100"
                    + (next == null ? "" : "&after=" + next));
            for (JsonNode row : page.path("items").values()) {
                if (text(row, "description").startsWith(OVERDUE_MAJOR)) {
                    return api("sjz-supervisor").getJson("/api/v1/hazards/" + row.path("id").asLong());
                }
            }
            next = text(page, "next");
        } while (next != null);
        throw new AssertionError("the demo's overdue major hazard is in the city's queue");
    }

    private long unread(String username) {
        return api(username).getJson("/api/v1/notifications").path("unread").asLong();
    }

    @Test
    void the_city_supervisor_opens_the_hazard_it_supervises_from_the_start_page_and_reads_the_notice()
            throws Exception {
        JsonNode hazard = overdueMajor();
        long id = hazard.path("id").asLong();
        String deadline = text(hazard.path("supervisedBy"), "deadline");

        session.signIn("sjz-supervisor");
        browser.get(base() + "/");
        WebElement queue = browser.findElement(By.id("todo-supervised"));
        assertThat(queue.findElements(By.cssSelector("li"))).as("the city's 挂牌督办 queue").isNotEmpty();
        session.screenshot("supervision-home-desktop");
        List<WebElement> item = queue.findElements(By.id("todo-hazard-" + id));
        if (!item.isEmpty()) {
            assertThat(item.get(0).getText()).contains(OVERDUE_MAJOR, "挂牌督办", "逾期");
            item.get(0).findElement(By.tagName("a")).click();
        } else {
            // the start page shows the newest fifty of the queue: other tests sharing the database listed newer ones;
            // the whole queue is read through the hazard list's filters
            browser.get(base() + "/hazards?grade=MAJOR&overdue=true&departmentId="
                    + demo().departmentId(Demo.ZHENGDING));
            browser.findElement(By.cssSelector("#hazard-" + id + " a")).click();
        }
        session.waitForUrl(".*/hazards/" + id + "$");
        assertThat(browser.getCurrentUrl()).endsWith("/hazards/" + id);
        assertThat(browser.findElement(By.id("supervised")).getText()).contains(Demo.SHIJIAZHUANG_DEPARTMENT);
        WebElement notice = browser.findElement(By.id("supervision"));
        assertThat(notice.getText()).contains("挂牌督办通知", Demo.SHIJIAZHUANG_DEPARTMENT, "sjz-supervisor");
        assertThat(browser.findElement(By.id("supervision-requirements")).getText()).contains("逾期未整改");
        assertThat(browser.findElement(By.id("supervision-deadline")).getText()).isEqualTo(deadline);
        assertThat(browser.findElement(By.id("hazard-state")).getText()).isEqualTo("整改中");
        assertThat(browser.findElements(By.id("supervision-form"))).as("supervised once").isEmpty();
        String pdf = browser.findElement(By.id("supervision-notice")).getAttribute("href");
        Http.Response document = browser("sjz-supervisor").get(pdf.substring(base().length()));
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/pdf");
        everyTextTranslated();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('supervision').scrollIntoView()");
        session.screenshot("supervision-hazard-desktop");

        phone();
        browser.navigate().refresh();
        noSidewaysScrolling();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('supervision').scrollIntoView()");
        session.screenshot("supervision-hazard-phone");
        browser.get(base() + "/");
        noSidewaysScrolling();
        session.screenshot("supervision-home-phone");

        browser.get(base() + "/hazards/" + id + "?lang=en");
        assertThat(browser.findElement(By.cssSelector("#supervision h2")).getText()).contains("Supervision notice");
        everyTextTranslated();
        noSidewaysScrolling();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('supervision').scrollIntoView()");
        session.screenshot("supervision-hazard-english-phone");
        browser.get(base() + "/?lang=en");
        everyTextTranslated();
        noSidewaysScrolling();
        session.screenshot("supervision-home-english-phone");
        browser.get(base() + "/?lang=zh_CN");

        // the county the notice is addressed to reads it on its hazard, and its PDF; the enterprise does not
        String county = browser("zd-inspector").page("/hazards/" + id);
        assertThat(county).contains("supervision-requirements", "逾期未整改", "supervision-notice");
        assertThat(browser("zd-inspector").get(pdf.substring(base().length())).status()).isEqualTo(200);
    }

    @Test
    void the_inspector_and_the_city_supervisor_follow_the_bell_to_their_notifications_and_mark_them_read()
            throws Exception {
        // the inspector: the bell counts the unread, one is marked read on the page
        session.signIn("zd-inspector");
        long before = unread("zd-inspector");
        assertThat(before).as("the demo's overdue job notified the inspector").isPositive();
        browser.get(base() + "/");
        WebElement count = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#notification-bell .count")));
        assertThat(count.getText()).isEqualTo(before > 99 ? "99+" : String.valueOf(before));
        browser.findElement(By.id("notification-bell")).click();
        session.waitForUrl(".*/notifications$");
        WebElement table = browser.findElement(By.id("notifications"));
        assertThat(table.getText()).contains("隐患逾期未整改");
        session.screenshot("notifications-inspector-desktop");
        WebElement first = browser.findElement(By.cssSelector("#notifications tr.unread"));
        String row = first.getAttribute("id");
        first.findElement(By.cssSelector("form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(
                ExpectedConditions.attributeContains(By.id(row), "class", "unread")));
        assertThat(browser.findElement(By.id(row)).getText()).contains("已读");
        assertThat(unread("zd-inspector")).isEqualTo(before - 1);
        everyTextTranslated();
        phone();
        browser.navigate().refresh();
        noSidewaysScrolling();
        session.screenshot("notifications-inspector-phone");
        browser.get(base() + "/notifications?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank().doesNotContain("提醒");
        everyTextTranslated();
        noSidewaysScrolling();
        session.screenshot("notifications-inspector-english-phone");
        browser.get(base() + "/notifications?lang=zh_CN");

        // the city's supervisor: the escalation reached it; all marked read at once, the bell falls silent
        browser.manage().window().setSize(new Dimension(1280, 1000));
        session.signIn("sjz-supervisor");
        assertThat(unread("sjz-supervisor")).as("the demo's escalation reached the city").isPositive();
        browser.get(base() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#notification-bell .count")));
        browser.findElement(By.id("notification-bell")).click();
        session.waitForUrl(".*/notifications$");
        assertThat(browser.findElement(By.id("notifications")).getText()).contains("下级隐患逾期，已升级至本部门");
        session.screenshot("notifications-city-desktop");
        browser.findElement(By.cssSelector("form[action$='/notifications/read-all'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "已全部标为已读"));
        assertThat(unread("sjz-supervisor")).isZero();
        assertThat(browser.findElements(By.cssSelector("#notifications tr.unread"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#notification-bell .count")).isDisplayed()).isFalse();
        phone();
        browser.navigate().refresh();
        noSidewaysScrolling();
        session.screenshot("notifications-city-phone");
    }
}
