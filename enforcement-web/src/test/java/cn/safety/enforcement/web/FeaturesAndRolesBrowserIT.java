package cn.safety.enforcement.web;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The features of a 工贸 enterprise in the form (shown once 工贸 is chosen), the file and the list, and the legal
 * reviewer's role and an expired certificate on the user pages, on a desktop (1280 px) and a phone (390 px). A
 * screenshot of each page is kept under target/screenshots.
 */
class FeaturesAndRolesBrowserIT extends WebIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeEach
    void openBrowser() {
        browser = session.driver();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void the_features_appear_for_industry_and_trade_and_are_kept_in_the_file_and_the_list(int width)
            throws IOException {
        String suffix = width == 390 ? "-phone" : "";
        browser.manage().window().setSize(new Dimension(width, 1400));
        session.signIn("zd-inspector");
        browser.get(base() + "/enterprises/new");
        WebElement features = browser.findElement(By.id("features-field"));
        assertThat(features.isDisplayed()).as("no sector chosen yet").isFalse();
        new Select(browser.findElement(By.id("sector"))).selectByValue("HAZARDOUS_CHEMICALS");
        assertThat(features.isDisplayed()).as("危险化学品 takes no features").isFalse();

        String code = validCode();
        String name = "正定县浏览器特征测试" + code.substring(12, 16) + "木业有限公司";
        browser.findElement(By.id("creditCode")).sendKeys(code);
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("divisionCode"))).selectByValue("130123");
        browser.findElement(By.id("address")).sendKeys("河北省石家庄市正定县测试路9号");
        new Select(browser.findElement(By.id("sector"))).selectByValue("INDUSTRY_TRADE");
        assertThat(features.isDisplayed()).as("工贸 takes features").isTrue();
        WebElement employees = browser.findElement(By.id("employees"));
        employees.clear();
        employees.sendKeys("38");
        new Select(browser.findElement(By.id("riskGrade"))).selectByValue("YELLOW");
        check("COMBUSTIBLE_DUST");
        check("CONFINED_SPACE");
        session.screenshot("enterprise-form-features" + suffix);
        browser.findElement(By.id("save")).click();
        session.waitForUrl(".*/enterprises/\\d+$");

        assertThat(browser.getCurrentUrl()).as("after saving: %s", browser.findElements(
                By.cssSelector(".field-error, .alert")).stream().map(WebElement::getText).toList())
                .matches(".*/enterprises/\\d+$");
        assertThat(browser.findElement(By.id("features")).getText()).contains("涉爆粉尘", "有限空间作业")
                .doesNotContain("涉氨制冷");
        session.screenshot("enterprise-detail-features" + suffix);

        browser.get(base() + "/enterprises/" + browser.getCurrentUrl().replaceAll(".*/", "") + "/edit");
        assertThat(browser.findElement(By.id("features-field")).isDisplayed()).isTrue();
        assertThat(checkbox("COMBUSTIBLE_DUST").isSelected()).isTrue();
        assertThat(checkbox("AMMONIA_REFRIGERATION").isSelected()).isFalse();

        browser.get(base() + "/enterprises");
        WebElement panel = browser.findElement(By.id("filter-panel"));
        WebElement summary = panel.findElement(By.tagName("summary"));
        if (summary.isDisplayed() && panel.getAttribute("open") == null) {
            // on a phone the filters are folded away until asked for
            summary.click();
        } else {
            // on a desktop they are shown by the style sheet, but WebDriver takes anything inside a closed <details>
            // for hidden
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].open = true", panel);
        }
        new Select(browser.findElement(By.id("feature"))).selectByValue("COMBUSTIBLE_DUST");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        session.waitForUrl(".*feature=COMBUSTIBLE_DUST.*");
        List<WebElement> sectors = browser.findElements(By.cssSelector("#enterprise-table td[data-label='行业领域']"));
        assertThat(sectors).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).contains("涉爆粉尘"));
        assertThat(browser.findElement(By.id("enterprise-table")).getText()).contains(name);
        session.screenshot("enterprise-list-feature" + suffix);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void the_user_pages_offer_the_legal_reviewer_role_and_mark_an_expired_certificate(int width) throws IOException {
        String suffix = width == 390 ? "-phone" : "";
        browser.manage().window().setSize(new Dimension(width, 1400));
        session.signIn("admin");
        browser.get(base() + "/admin/users/new");
        assertThat(browser.findElements(By.cssSelector("input[name=roles]"))).extracting(e -> e.getAttribute("value"))
                .containsExactly("INSPECTOR", "SUPERVISOR", "LEGAL_REVIEWER", "ADMIN");
        assertThat(browser.findElement(By.cssSelector("form.form")).getText()).contains("负责人", "法制审核人员");
        session.screenshot("admin-user-form-roles" + suffix);

        browser.get(base() + "/admin/users");
        browser.findElement(By.linkText("zd-inspector")).click();
        session.waitForUrl(".*/admin/users/\\d+$");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        browser.get(base() + "/admin/users?after=" + id);
        WebElement legal = browser.findElement(By.xpath("//tr[td/a[text()='zd-legal']]"));
        assertThat(legal.getText()).contains("郭丽娜", "法制审核人员");
        WebElement expired = browser.findElement(By.xpath("//tr[td/a[text()='zd-inspector8']]"));
        assertThat(expired.findElement(By.cssSelector(".badge.expired")).getText()).isEqualTo("已过期");
        session.screenshot("admin-users-expired" + suffix);

        browser.findElement(By.linkText("zd-inspector8")).click();
        session.waitForUrl(".*/admin/users/\\d+$");
        assertThat(browser.findElement(By.id("certificate-expired")).getText()).contains("2025-12-31");
        session.screenshot("admin-user-expired" + suffix);
    }

    private WebElement checkbox(String feature) {
        return browser.findElement(By.cssSelector("#features-field input[value='" + feature + "']"));
    }

    private void check(String feature) {
        WebElement box = checkbox(feature);
        if (!box.isSelected()) {
            box.click();
        }
    }



    private static String validCode() {
        StringBuilder first17 = new StringBuilder("91130123");
        for (int i = 0; i < 9; i++) {
            first17.append(ThreadLocalRandom.current().nextInt(10));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

}
