package cn.safety.enforcement.web;

import cn.safety.enforcement.domain.enterprise.CreditCode;
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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users click, in headless Chromium (Debian's chromium and chromium-driver): sign in, walk the enterprise pages,
 * refuse a bad credit code beside its field, create, look at the file, on a desktop and a phone. A screenshot of each
 * main page is kept under target/screenshots.
 */
class BrowserIT extends WebIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeEach
    void openBrowser() {
        browser = session.driver();
    }

    @Test
    void an_inspector_signs_in_and_filters_the_list_of_their_county() throws IOException {
        session.signIn("zd-inspector");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("李执法");
        session.screenshot("home");

        browser.get(base() + "/enterprises");
        List<WebElement> departments = browser.findElements(By.cssSelector("#enterprise-table td[data-label='执法主体']"));
        assertThat(departments).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEqualTo("正定县应急管理局"));
        session.screenshot("enterprise-list");

        new Select(browser.findElement(By.id("sector"))).selectByValue("INDUSTRY_TRADE");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        session.waitForUrl(".*sector=INDUSTRY_TRADE.*");
        assertThat(browser.getCurrentUrl()).contains("sector=INDUSTRY_TRADE");
        // the sector itself; a 工贸 enterprise's features are listed beside it in the same cell
        List<WebElement> sectors = browser.findElements(By.cssSelector(
                "#enterprise-table td[data-label='行业领域'] .sector-name"));
        assertThat(sectors).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEqualTo("工贸"));
        session.screenshot("enterprise-list-filtered");
    }

    @Test
    void a_wrong_credit_code_is_refused_beside_its_field_and_a_right_one_creates_the_file() throws IOException {
        session.signIn("zd-inspector");
        browser.get(base() + "/enterprises/new");
        String valid = validCode();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        fillEnterprise(wrongCheck, "正定县浏览器测试化工有限公司");
        browser.findElement(By.id("save")).click();

        WebElement error = browser.findElement(By.cssSelector("#creditCode ~ .field-error"));
        assertThat(error.getText()).contains("校验码");
        assertThat(browser.findElement(By.id("creditCode")).getAttribute("class")).contains("invalid");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("正定县浏览器测试化工有限公司");
        session.screenshot("enterprise-form-bad-credit-code");

        WebElement code = browser.findElement(By.id("creditCode"));
        code.clear();
        code.sendKeys(valid);
        browser.findElement(By.id("save")).click();
        session.waitForUrl(".*/enterprises/\\d+$");

        assertThat(browser.getCurrentUrl()).as("after saving: %s", browser.findElements(
                By.cssSelector(".field-error, .alert")).stream().map(WebElement::getText).toList())
                .matches(".*/enterprises/\\d+$");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("企业已登记");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("正定县浏览器测试化工有限公司");
        assertThat(browser.findElement(By.id("current-department")).getText()).isEqualTo("正定县应急管理局");
        assertThat(browser.findElement(By.id("staffing")).getText()).contains("应当设置安全生产管理机构");
        session.screenshot("enterprise-detail");
    }

    @Test
    void an_upper_supervisor_reads_a_county_file_but_is_offered_no_edit() throws IOException {
        session.signIn("sjz-supervisor");
        browser.get(base() + "/enterprises?divisionCode=130123");
        browser.findElement(By.cssSelector("#enterprise-table tbody tr td a")).click();
        session.waitForUrl(".*/enterprises/\\d+$");
        assertThat(browser.findElements(By.linkText("修改企业信息"))).isEmpty();
        assertThat(browser.findElements(By.linkText("执法管辖"))).hasSize(1);
        browser.findElement(By.linkText("执法管辖")).click();
        session.waitForUrl(".*/jurisdiction$");
        assertThat(browser.findElements(By.id("take-over-form"))).hasSize(1);
        assertThat(browser.findElements(By.id("reassign-form"))).isEmpty();
        session.screenshot("enterprise-jurisdiction");
    }

    @Test
    void the_list_reads_well_on_a_phone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        session.signIn("bh-inspector");
        browser.get(base() + "/enterprises");
        WebElement firstCell = browser.findElement(By.cssSelector("#enterprise-table td[data-label='企业名称']"));
        assertThat(firstCell.getSize().getWidth()).isGreaterThan(300);
        assertThat(browser.findElement(By.cssSelector(".nav")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector(".nav-toggle-label")).click();
        assertThat(browser.findElement(By.cssSelector(".nav")).isDisplayed()).isTrue();
        session.screenshot("enterprise-list-phone");
    }

    @Test
    void on_a_phone_the_page_buttons_keep_a_gap_to_what_follows_them() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        session.signIn("admin");
        browser.get(base() + "/enterprises");
        assertThat(gapBelow(".page-head .button", ".filters")).as("page actions to the filters").isGreaterThanOrEqualTo(8);

        browser.get(base() + "/admin/users");
        browser.findElement(By.linkText("zd-inspector2")).click();
        session.waitForUrl(".*/admin/users/\\d+$");
        assertThat(gapBelow(".form-actions .button, .form-actions button", "section > form.card"))
                .as("save buttons to the password card").isGreaterThanOrEqualTo(8);
        session.screenshot("admin-user-phone");
    }

    /** Pixels between the lowest of the elements matching {@code above} and the first one matching {@code below}. */
    private long gapBelow(String above, String below) {
        Object gap = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const bottom = Math.max(...[...document.querySelectorAll(arguments[0])]"
                        + ".map(e => e.getBoundingClientRect().bottom));"
                        + "return Math.round(document.querySelector(arguments[1]).getBoundingClientRect().top - bottom);",
                above, below);
        return ((Number) gap).longValue();
    }

    @Test
    void an_admin_walks_the_admin_pages_and_verifies_the_record() throws IOException {
        session.signIn("admin");
        browser.get(base() + "/admin/divisions");
        assertThat(browser.findElement(By.tagName("h2")).getText()).contains("河北省");
        session.screenshot("admin-divisions");
        browser.get(base() + "/admin/departments");
        session.screenshot("admin-departments");
        browser.get(base() + "/admin/users");
        assertThat(browser.getPageSource()).contains("zd-inspector").doesNotContain("bh-inspector");
        session.screenshot("admin-users");
        browser.get(base() + "/admin/audit");
        browser.findElement(By.id("verify")).click();
        assertThat(browser.findElement(By.id("verification")).getText()).contains("校验通过");
        session.screenshot("admin-audit");
    }

    @Test
    void an_admin_filters_the_record_pages_back_and_forth_and_reads_names_on_desktop_and_phone() throws IOException {
        session.signIn("admin");
        browser.get(base() + "/admin/audit");
        // the filters sit in a panel that folds away on a phone; the driver counts a closed panel as hidden
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('filter-panel').open = true");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type"))).selectByValue("Enterprise");
        browser.findElement(By.cssSelector("#audit-filters button[type=submit]")).click();
        session.waitForUrl(".*/admin/audit\\?.*type=Enterprise.*");
        List<WebElement> objects = browser.findElements(By.cssSelector("#audit-entries td[data-label='对象']"));
        assertThat(objects).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).startsWith("企业"));
        assertThat(browser.findElements(By.cssSelector("#audit-entries td[data-label='操作人']")))
                .allSatisfy(cell -> assertThat(cell.getText()).matches("系统|.+（.+）"));
        session.screenshot("admin-audit-filtered");
        String firstId = browser.findElement(By.cssSelector("#audit-entries td.mono")).getText();
        browser.findElement(By.id("older-page")).click();
        session.waitForUrl(".*before=.*");
        assertThat(browser.findElement(By.cssSelector("#audit-entries td.mono")).getText()).isNotEqualTo(firstId);
        browser.findElement(By.id("newer-page")).click();
        session.waitForUrl(".*after=.*");
        assertThat(browser.findElement(By.cssSelector("#audit-entries td.mono")).getText()).isEqualTo(firstId);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("type")).isDisplayed()).as("the filters fold away on a phone").isFalse();
        session.screenshot("admin-audit-phone");
    }

    @Test
    void the_enterprise_file_names_who_changed_it_on_a_phone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        session.signIn("zd-inspector");
        browser.get(base() + "/enterprises");
        browser.findElement(By.cssSelector("#enterprise-table td[data-label='企业名称'] a")).click();
        session.waitForUrl(".*/enterprises/\\d+$");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "[...document.querySelectorAll('h2')].pop().scrollIntoView()");
        session.screenshot("enterprise-history-phone");
    }

    @Test
    void the_pages_switch_to_english() throws IOException {
        session.signIn("tj-admin");
        browser.get(base() + "/enterprises?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank().doesNotContain("企业档案");
        session.screenshot("enterprise-list-english");
        browser.get(base() + "/enterprises?lang=zh_CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("企业档案");
    }



    private void fillEnterprise(String creditCode, String name) {
        browser.findElement(By.id("creditCode")).sendKeys(creditCode);
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("divisionCode"))).selectByValue("130123");
        browser.findElement(By.id("address")).sendKeys("河北省石家庄市正定县测试路8号");
        new Select(browser.findElement(By.id("sector"))).selectByValue("HAZARDOUS_CHEMICALS");
        WebElement employees = browser.findElement(By.id("employees"));
        employees.clear();
        employees.sendKeys("150");
        new Select(browser.findElement(By.id("riskGrade"))).selectByValue("ORANGE");
    }

    private static String validCode() {
        StringBuilder first17 = new StringBuilder("91130123");
        for (int i = 0; i < 9; i++) {
            first17.append(ThreadLocalRandom.current().nextInt(10));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

}
