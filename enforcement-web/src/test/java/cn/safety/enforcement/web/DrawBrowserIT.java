package cn.safety.enforcement.web;

import cn.safety.enforcement.domain.draw.Draw;
import cn.safety.enforcement.domain.draw.DrawCandidate;
import cn.safety.enforcement.domain.draw.DrawPlans;
import cn.safety.enforcement.domain.draw.RunningDraws;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.web.security.EnforcementUser;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一公开 in the visitor's browser: the public pages recompute a published draw with Web Crypto and say that it matches,
 * and say that a changed copy of the document does not; the recusal page of a supervisor. Screenshots on a desktop and
 * on a phone.
 */
class DrawBrowserIT extends WebIT {

    @Autowired
    private RunningDraws running;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private cn.safety.enforcement.domain.plan.DrawingUpPlan plans;

    @Autowired
    private JdbcClient jdbc;

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

    private Actor actor(String username) {
        return ((EnforcementUser) users.loadUserByUsername(username)).actor();
    }

    /** A seeded draw over 正定县's demo enterprises. */
    private Draw seededDraw() {
        Actor chief = actor("zd-chief");
        List<DrawCandidate> pool = jdbc.sql("SELECT id, credit_code FROM enterprise WHERE department_id = ?"
                        + " ORDER BY id LIMIT 40")
                .param(chief.departmentId())
                .query((rs, n) -> new DrawCandidate(rs.getLong(1), rs.getString(2))).list();
        long plan = jdbc.sql("SELECT id FROM plan WHERE department_id = ? AND year = 2097 AND status = 'DRAFT'")
                .param(chief.departmentId()).query(Long.class).optional()
                .orElseGet(() -> plans.drawUp(chief, 2097).getId());
        Draw draw = running.freeze(chief, new DrawPlans.DrawnPlan(plan, chief.departmentId(), 2097), pool,
                new BigDecimal("0.2"), "中国福利彩票双色球第 2026150 期开奖号码（开奖公告原文）");
        return running.seed(chief, draw.getId(), "02 09 14 22 26 31 + 07").draw();
    }

    private String verdict(String css) {
        WebElement element = browser.findElement(By.cssSelector(css));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> element.getAttribute("data-status") != null);
        return element.getAttribute("data-status") + " " + element.getText();
    }

    @Test
    void the_public_pages_recompute_a_draw_in_the_browser_and_say_it_matches() throws Exception {
        Draw draw = seededDraw();
        browser.get(base() + "/public/draws?divisionCode=130123");
        assertThat(browser.findElements(By.cssSelector(".topbar"))).as("no sign-in needed").isEmpty();
        assertThat(verdict("#draw-" + draw.getId() + " .draw-verdict")).startsWith("match").contains("一致");
        screenshot("public-draws");

        browser.get(base() + "/public/draws/" + draw.getId());
        assertThat(verdict("#verdict")).startsWith("match").contains("公示结果与复算结果相同");
        assertThat(browser.findElements(By.cssSelector("#assignments tbody tr"))).hasSize(draw.getCount());
        assertThat(browser.findElement(By.cssSelector("#assignments tbody")).getText()).contains("冀执");
        assertThat(browser.getPageSource()).doesNotContain("李执法", "zd-inspector");
        screenshot("public-draw");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base() + "/public/draws/" + draw.getId());
        assertThat(verdict("#verdict")).startsWith("match");
        assertThat(browser.findElement(By.id("verdict")).getSize().getWidth()).isLessThanOrEqualTo(390);
        screenshot("public-draw-phone");
        browser.get(base() + "/public/draws?divisionCode=130123");
        assertThat(verdict("#draw-" + draw.getId() + " .draw-verdict")).startsWith("match");
        screenshot("public-draws-phone");
    }

    @Test
    void a_changed_copy_of_the_published_document_is_said_not_to_match() throws Exception {
        Draw draw = seededDraw();
        String published = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base() + "/api/v1/public/draws/" + draw.getId())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        Path genuine = Files.createTempFile("draw", ".json");
        Path tampered = Files.createTempFile("draw-changed", ".json");
        try {
            Files.writeString(genuine, published, StandardCharsets.UTF_8);
            // one inspector put in another's place in the first assignment
            String first = published.substring(published.indexOf("\"inspectors\":[") + 14);
            String inspector = first.substring(1, first.indexOf('"', 1));
            Files.writeString(tampered, published.replaceFirst("\"inspectors\":\\[\"" + inspector + "\"",
                    "\"inspectors\":[\"冀执13012320240099\""), StandardCharsets.UTF_8);

            browser.get(base() + "/public/draws");
            browser.findElement(By.id("draw-file")).sendKeys(genuine.toString());
            assertThat(verdict("#file-verdict")).startsWith("match");
            browser.navigate().refresh();
            browser.findElement(By.id("draw-file")).sendKeys(tampered.toString());
            assertThat(verdict("#file-verdict")).startsWith("mismatch").contains("不一致");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('check-file').scrollIntoView()");
            screenshot("public-draw-tampered");
        } finally {
            Files.deleteIfExists(genuine);
            Files.deleteIfExists(tampered);
        }
    }

    @Test
    void a_supervisor_records_a_recusal_for_an_inspector_of_the_department() throws IOException {
        String code = jdbc.sql("SELECT credit_code FROM enterprise e JOIN department d ON d.id = e.department_id"
                        + " WHERE d.division_code = '130123' ORDER BY e.id DESC LIMIT 1")
                .query(String.class).single();
        signIn("zd-chief");
        browser.get(base() + "/recusals");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("userId")))
                .selectByVisibleText("王建军 冀执13012320240006");
        browser.findElement(By.id("creditCode")).sendKeys(code);
        browser.findElement(By.id("reason")).sendKeys("其弟在该企业任车间主任");
        browser.findElement(By.cssSelector("#recusal-form button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("回避已登记");
        assertThat(browser.findElement(By.id("recusals")).getText()).contains("王建军", code, "其弟在该企业任车间主任");
        screenshot("recusals");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base() + "/recusals");
        screenshot("recusals-phone");
        browser.findElement(By.id("creditCode")).sendKeys("91130123MA0000000X");
        browser.findElement(By.id("reason")).sendKeys("x");
        browser.findElement(By.cssSelector("#recusal-form button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("#creditCode ~ .field-error")).getText()).contains("没有这家企业");
    }

    private void signIn(String username) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("password")).submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.getCurrentUrl().contains("/login"));
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
