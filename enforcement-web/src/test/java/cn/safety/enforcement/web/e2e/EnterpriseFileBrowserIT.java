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

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise's time line (一企一档) on its page in headless Chromium, at desktop width (1280 px) and on a phone
 * (390 px): one entry per row with date, kind, title and link, the older entries a page further, and the empty end;
 * kept as screenshots under target/screenshots (enterprise-file-*.png).
 */
class EnterpriseFileBrowserIT extends EndToEndIT {

    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(2), this::base);

    private WebDriver browser;

    @BeforeAll
    static void needsChromium() {
        Chromium.assumeInstalled();
    }

    @BeforeEach
    void open() {
        browser = session.driver();
    }

    /** The demo 正定县 enterprise whose inspection was completed with its issued 现场检查记录. */
    private long[] demoInspectionWithRecord() {
        return jdbc().sql("""
                        SELECT i.enterprise_id, i.id, d.id FROM inspection i
                        JOIN issued_document d ON d.subject_kind = 'INSPECTION' AND d.subject_id = i.id
                        WHERE i.department_id = :department AND i.status = 'COMPLETED' ORDER BY i.id LIMIT 1""")
                .param("department", demo().departmentId(ZHENGDING))
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    @Test
    void the_time_line_shows_the_inspection_and_its_record_on_a_desktop_and_a_phone() throws Exception {
        long[] demo = demoInspectionWithRecord();
        session.signIn("zd-inspector");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String width = size == DESKTOP ? "desktop" : "phone";
            at(size, "/enterprises/" + demo[0] + "#file");
            WebElement inspection = browser.findElement(By.id("file-inspection-" + demo[1]));
            assertThat(inspection.getText()).contains("执法检查", Demo.ZHENGDING_DEPARTMENT, "已完成", "完成于");
            assertThat(inspection.findElement(By.cssSelector("a")).getAttribute("href"))
                    .endsWith("/inspections/" + demo[1]);
            WebElement record = browser.findElement(By.id("file-document-" + demo[2]));
            assertThat(record.getText()).contains("执法文书", "现场检查记录");
            assertThat(record.findElement(By.cssSelector("a")).getAttribute("href"))
                    .endsWith("/api/v1/documents/" + demo[2] + "/pdf");
            assertThat(browser.findElement(By.id("file")).getText()).contains("一企一档", "管辖变更", "初始确定");
            assertThat(fitsTheWidth()).as("no sideways scrolling at %s", width).isTrue();
            scrollTo("file");
            session.screenshot("enterprise-file-" + width);
        }
    }

    @Test
    void older_entries_are_a_page_further_and_the_end_says_there_is_nothing_older() throws Exception {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        LocalDate day = LocalDate.of(2023, 1, 2);
        for (int i = 0; i < 31; i++) {
            recordAccident(enterprise, day.plusDays(i * 7L) + "T09:30:00+08:00", "车间" + (i + 1));
        }
        session.signIn("zd-inspector");
        at(PHONE, "/enterprises/" + enterprise + "#file");
        List<WebElement> first = browser.findElements(By.cssSelector("#file-entries > li"));
        assertThat(first).hasSize(30);
        assertThat(first.get(0).getText()).contains("管辖变更", "初始确定");
        assertThat(first.get(1).getText()).contains("生产安全事故", "高处坠落", "车间31", "2023-07-31");
        assertThat(fitsTheWidth()).isTrue();
        browser.findElement(By.id("file-older")).click();
        session.waitForUrl(".*before=.*");
        List<WebElement> older = browser.findElements(By.cssSelector("#file-entries > li"));
        assertThat(older).hasSize(2);
        assertThat(older.get(0).getText()).contains("车间2");
        assertThat(older.get(1).getText()).contains("车间1", "2023-01-02");
        assertThat(browser.findElements(By.id("file-older"))).isEmpty();
        assertThat(browser.findElement(By.id("file-newest")).isDisplayed()).isTrue();
        scrollTo("file");
        session.screenshot("enterprise-file-older-phone");

        at(PHONE, "/enterprises/" + enterprise + "?before=1_ASSIGNMENT_1#file");
        assertThat(browser.findElement(By.id("file-empty")).getText()).isEqualTo("没有更早的记录了。");
        scrollTo("file");
        session.screenshot("enterprise-file-empty-phone");
    }

    @Test
    void the_enterprises_own_account_sees_its_order_on_its_start_page_on_a_phone() throws Exception {
        long enterprise = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        String admin = uniqueUsername("zd-admin");
        openAccount(admin, PASSWORD, ZHENGDING, "ADMIN");
        String account = uniqueUsername("ent-file");
        expect(api(admin).post("/api/v1/enterprises/" + enterprise + "/accounts", Http.json(Map.of("username",
                account, "fullName", "安全员", "password", PASSWORD))), 201);
        recordAccident(enterprise, "2024-05-06T09:30:00+08:00", "一号仓库");
        long hazard = expect(api("zd-inspector").post("/api/v1/hazards", Http.json(Map.of("enterpriseId",
                enterprise, "source", "COMPLAINT", "grade", "GENERAL", "description", "消防通道堵塞"))), 201).json()
                .path("id").asLong();
        long order = expect(api("zd-inspector").post("/api/v1/hazards/" + hazard + "/order", Http.json(Map.of(
                "workingDays", 10, "requirements", "清理消防通道"))), 200).json().path("order").path("documentId")
                .asLong();

        session.signIn(account);
        at(PHONE, "/#file");
        WebElement file = browser.findElement(By.id("file"));
        assertThat(file.getText()).contains("责令限期整改指令书", "消防通道堵塞", "一般事故隐患")
                .doesNotContain("一号仓库", "初始确定");
        assertThat(browser.findElement(By.id("file-document-" + order)).findElement(By.cssSelector("a"))
                .getAttribute("href")).endsWith("/api/v1/documents/" + order + "/pdf");
        assertThat(fitsTheWidth()).isTrue();
        scrollTo("file");
        session.screenshot("enterprise-file-own-account-phone");
    }

    private void recordAccident(long enterpriseId, String occurredAt, String place) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("occurredAt", occurredAt);
        body.put("place", place);
        body.put("category", "高处坠落");
        body.put("deaths", 0);
        body.put("seriousInjuries", 1);
        body.put("directLossTenThousandYuan", 12);
        expect(api("zd-inspector").post("/api/v1/accidents", Http.json(body)), 201);
    }

    private void at(Dimension size, String path) {
        browser.manage().window().setSize(size);
        browser.get(base() + path);
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private boolean fitsTheWidth() {
        Object fits = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1");
        return Boolean.TRUE.equals(fits);
    }
}
