package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.web.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan in a browser, on a desktop (1280 px) and a phone (390 px): the key items with their reasons and inspections,
 * a confirmed step, and the inspector's months (本月检查). Screenshots under target/screenshots.
 */
class PlanBrowserIT extends EndToEndIT {


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

    private long enterprise(String name, String sector, String risk, String status) {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(code, ZHENGDING, name + code.substring(12, 17) + "有限公司");
        body.put("sector", sector);
        body.put("riskGrade", risk);
        body.put("status", status);
        return expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201).json().path("id")
                .asLong();
    }

    /** The plan of 正定县 for this year, drawn up and generated here unless it exists already (the demo's). */
    private long planOfThisYear() {
        int year = LocalDate.now().getYear();
        JsonNode plans = api("zd-chief").getJson("/api/v1/plans?year=" + year).path("items");
        for (JsonNode p : plans.values()) {
            if ("APPROVED".equals(p.path("status").asString())) {
                return p.path("id").asLong();
            }
        }
        long id = plans.isEmpty()
                ? expect(api("zd-chief").post("/api/v1/plans", Http.json(Map.of("year", year))), 201).json()
                .path("id").asLong()
                : plans.get(0).path("id").asLong();
        if ("DRAFT".equals(api("zd-chief").getJson("/api/v1/plans/" + id).path("status").asString())) {
            expect(api("zd-chief").post("/api/v1/plans/" + id + "/generate", "{}"), 200);
        }
        return id;
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void the_plan_shows_each_key_enterprise_with_its_reasons_and_a_step_is_confirmed(int width) throws IOException {
        String suffix = width == 390 ? "-phone" : "";
        long suspended = enterprise("浏览器停产整顿", "FIREWORKS", "RED", "SUSPENDED");
        long plan = expect(api("zd-chief").post("/api/v1/plans", Http.json(Map.of("year", PlanYears.next()))),
                201).json().path("id").asLong();
        expect(api("zd-chief").post("/api/v1/plans/" + plan + "/generate", "{}"), 200);
        JsonNode item = api("zd-chief").getJson("/api/v1/plans/" + plan + "/items?kind=KEY&size=500").path("items")
                .values().stream().filter(i -> i.path("enterprise").path("id").asLong() == suspended).findFirst()
                .orElseThrow();

        browser.manage().window().setSize(new Dimension(width, 1400));
        signIn("zd-chief");
        browser.get(base() + "/plans/" + plan + "?kind=KEY");
        WebElement row = browser.findElement(By.id("item-" + item.path("id").asLong()));
        assertThat(row.getText()).contains("停产整顿", "烟花爆竹");
        assertThat(row.findElements(By.cssSelector(".reasons li"))).extracting(li -> li.getAttribute("data-code"))
                .containsExactly("HIGH_RISK_SECTOR", "SUSPENDED");
        assertThat(row.findElement(By.cssSelector(".required")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("plan-status")).getText()).isEqualTo("草稿");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", row);
        screenshot("plan-detail" + suffix);

        WebElement submit = browser.findElement(By.id("submit-form"));
        submit.findElement(By.name("confirmed")).click();
        submit.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("plan-status"), "已报批"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("已报批");

        browser.get(base() + "/plans?year=" + LocalDate.now().getYear());
        screenshot("plan-list" + suffix);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void an_inspector_sees_the_items_of_each_month(int width) throws IOException {
        String suffix = width == 390 ? "-phone" : "";
        long plan = planOfThisYear();
        JsonNode item = api("zd-inspector").getJson("/api/v1/plans/" + plan + "/items?kind=KEY&size=1").path("items")
                .get(0);
        int month = item.path("month").asInt();
        browser.manage().window().setSize(new Dimension(width, 1400));
        signIn("zd-inspector");
        browser.get(base() + "/plans/month?month=" + month);
        assertThat(browser.findElement(By.id("month-plan")).getAttribute("href")).endsWith("/plans/" + plan);
        assertThat(browser.findElement(By.id("month-items")).getText())
                .contains(item.path("enterprise").path("name").asString());
        int other = month % 12 + 1;
        browser.get(base() + "/plans/month?month=" + other);
        assertThat(browser.findElements(By.id("item-" + item.path("id").asLong()))).isEmpty();
        browser.get(base() + "/plans/month?month=" + month);
        screenshot("plan-month" + suffix);
    }

    private void signIn(String username) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("password")).submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("^(?!.*/login).*$"));
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
