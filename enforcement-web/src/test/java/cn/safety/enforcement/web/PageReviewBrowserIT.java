package cn.safety.enforcement.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;


import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages the page review touched, in headless Chromium at desktop width (1280 px) and phone width (390 px), each
 * kept as a screenshot under target/screenshots (review-*.png); and what must hold on each width.
 */
class PageReviewBrowserIT extends WebIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(2), this::base);

    @BeforeEach
    void openBrowser() {
        browser = session.driver();
    }

    @Test
    void the_enterprise_list_shows_its_filters_on_a_desktop_and_folds_them_on_a_phone() throws IOException {
        session.signIn("admin");
        at(DESKTOP, "/enterprises");
        assertThat(visible("sector")).as("filters open on a desktop").isTrue();
        assertThat(browser.findElement(By.id("list-total")).getText()).matches("共 [\\d,]+ 家");
        assertThat(header("#enterprise-table th").stream().map(WebElement::getSize).map(Dimension::getHeight).distinct())
                .as("headers on one line").hasSize(1);
        shot("review-enterprise-list-desktop");
        browser.findElement(By.id("next-page")).click();
        session.waitForUrl(".*after=.*");
        assertThat(browser.findElement(By.id("previous-page")).isDisplayed()).isTrue();
        shot("review-enterprise-list-page-2-desktop");

        at(PHONE, "/enterprises");
        assertThat(visible("sector")).as("filters folded on a phone").isFalse();
        List<WebElement> first = browser.findElements(By.cssSelector("#enterprise-table tbody tr:first-child td"));
        assertThat(first.stream().filter(WebElement::isDisplayed).map(td -> td.getAttribute("data-label")).toList())
                .containsExactly("企业名称", "行业领域", "安全风险等级");
        WebElement row = browser.findElement(By.cssSelector("#enterprise-table tbody tr:first-child"));
        assertThat(row.getSize().getHeight()).as("a compact row").isLessThan(110);
        shot("review-enterprise-list-phone");
        browser.findElement(By.cssSelector("#filter-panel summary")).click();
        assertThat(visible("sector")).isTrue();
        shot("review-enterprise-list-phone-filters");
    }

    @Test
    void the_admin_pages_search_and_page_on_both_widths() throws IOException {
        session.signIn("admin");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String width = size == DESKTOP ? "desktop" : "phone";
            at(size, "/admin/departments");
            assertThat(browser.findElement(By.cssSelector("#department-table th")).getAttribute("textContent"))
                    .isEqualTo("执法主体名称");
            shot("review-departments-" + width);
            at(size, "/admin/departments?q=%E6%AD%A3%E5%AE%9A");
            shot("review-departments-search-" + width);
            at(size, "/admin/users");
            assertThat(browser.findElement(By.id("list-total")).getText()).matches("共 [\\d,]+ 个用户");
            // a phone shows compact rows (username, name, roles and the certificate, which may have expired); the
            // department and the lock stay on the account's own page
            WebElement department = browser.findElement(By.cssSelector("#user-table tbody tr td:nth-child(3)"));
            assertThat(department.isDisplayed()).as("department cell at %s", width).isEqualTo(size == DESKTOP);
            shot("review-users-" + width);
            at(size, "/admin/divisions/130123/retire");
            assertThat(browser.findElement(By.id("confirm-summary")).getText()).contains("正定县");
            shot("review-division-retire-" + width);
        }
    }

    @Test
    void the_error_page_file_jurisdiction_confirmation_and_import_on_both_widths() throws IOException {
        session.signIn("sjz-supervisor");
        at(DESKTOP, "/enterprises?divisionCode=130123");
        String file = browser.findElement(By.cssSelector("#enterprise-table tbody tr td a")).getAttribute("href");
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String width = size == DESKTOP ? "desktop" : "phone";
            at(size, "/no-such-page");
            assertThat(browser.findElement(By.cssSelector(".topbar")).isDisplayed()).isTrue();
            shot("review-error-404-" + width);
            browser.manage().window().setSize(size);
            browser.get(file);
            assertThat(browser.findElement(By.id("read-only")).getText()).startsWith("只读。");
            assertThat(browser.findElement(By.id("staffing-basis")).getText()).contains("《中华人民共和国安全生产法》");
            shot("review-enterprise-file-read-only-" + width);
            browser.get(file + "/jurisdiction");
            browser.findElement(By.id("takeOverReason")).sendKeys("存在重大事故隐患");
            browser.findElement(By.cssSelector("#take-over-form button[type=submit]")).click();
            assertThat(browser.findElement(By.id("confirm-summary")).getText()).contains("提级至石家庄市应急管理局管辖");
            shot("review-take-over-confirm-" + width);
        }
        at(DESKTOP, "/enterprises/import");
        shot("review-import-desktop");
        Path csv = Files.createTempFile("review-import", ".csv");
        Files.writeString(csv, "统一社会信用代码,企业名称,行政区划代码,地址,行业领域,从业人员数,安全风险等级\n"
                + "91130123MA0D5K2R8Q,正定县示例化工有限公司,130123,正定县示例路1号,危险化学品,120,橙\n"
                + "91130123MA0000000X,正定县取值有限公司,130123,正定县示例路2号,太空采矿,20,紫\n", StandardCharsets.UTF_8);
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String width = size == DESKTOP ? "desktop" : "phone";
            at(size, "/enterprises/import");
            browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            browser.findElement(By.id("upload")).click();
            assertThat(browser.findElement(By.id("import-rejected")).getText()).contains("表格第 2 行至第 3 行");
            shot("review-import-rejected-" + width);
        }
        Files.deleteIfExists(csv);
    }

    /** Whether the element is rendered and seen (Chromium's checkVisibility, which knows folded details). */
    private boolean visible(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const e = document.getElementById(arguments[0]);"
                        + "return e.checkVisibility() && e.getBoundingClientRect().height > 0;", id));
    }

    private List<WebElement> header(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private void at(Dimension size, String path) {
        browser.manage().window().setSize(size);
        browser.get(base() + path);
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
