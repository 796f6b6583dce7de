package cn.safety.enforcement.web;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing typed is lost, on a phone (390 px) in headless Chromium: the enterprise form (data-keep) kept through a
 * dropped connection and a refusal, restored when opened again, and forgotten once the server confirmed it; the
 * signature pad draws and gives the form a PNG. Screenshots under target/screenshots.
 */
class KeptFormBrowserIT extends WebIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeEach
    void openBrowser() {
        browser = session.driver();
        browser.manage().window().setSize(new Dimension(390, 1000));
    }

    @Test
    void a_form_sent_while_the_connection_is_down_stays_on_the_device_and_is_restored_until_the_server_confirms_it()
            throws IOException {
        session.signIn("zd-inspector");
        browser.get(base() + "/enterprises/new");
        String code = validCode();
        String name = "正定县断网测试" + code.substring(12, 16) + "化工有限公司";
        fillEnterprise(code, name);

        offline(true);
        browser.findElement(By.id("save")).click();
        WebElement notice = browser.findElement(By.id("keep-offline"));
        assertThat(notice.getText()).contains("网络中断，内容已保存在本机");
        assertThat(notice.getRect().getY() - browser.findElement(By.id("save")).getRect().getY())
                .as("said where the thumb is, above the save button").isBetween(-200, 0);
        assertThat(browser.getCurrentUrl()).endsWith("/enterprises/new");
        assertThat(browser.findElement(By.id("save")).isEnabled()).as("the form may be sent again").isTrue();
        session.screenshot("kept-form-offline-phone");
        offline(false);

        browser.get(base() + "/enterprises/new");
        assertThat(browser.findElement(By.id("keep-notice")).getText()).contains("已恢复未提交的内容");
        assertThat(browser.findElements(By.id("keep-offline"))).isEmpty();
        assertThat(value("creditCode")).isEqualTo(code);
        assertThat(value("name")).isEqualTo(name);
        assertThat(value("address")).isEqualTo("河北省石家庄市正定县测试路8号");
        assertThat(value("employees")).isEqualTo("150");
        assertThat(new Select(browser.findElement(By.id("riskGrade"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("ORANGE");
        assertThat(keptEntries()).isEqualTo(1);
        assertThat(keptText()).as("no CSRF token is kept").doesNotContain("_csrf").contains(name);
        session.screenshot("kept-form-restored-phone");

        browser.findElement(By.id("save")).click();
        session.waitForUrl(".*/enterprises/\\d+$");
        assertThat(browser.getCurrentUrl()).as("saved: %s", browser.findElements(By.cssSelector(".field-error, .alert"))
                .stream().map(WebElement::getText).toList()).matches(".*/enterprises/\\d+$");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("企业已登记");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-kept-saved")).isEqualTo("enterprise-new");
        assertThat(keptEntries()).as("forgotten once the server confirmed").isZero();

        browser.get(base() + "/enterprises/new");
        assertThat(browser.findElements(By.id("keep-notice"))).isEmpty();
        assertThat(value("name")).isEmpty();
    }

    @Test
    void a_refused_form_keeps_what_was_typed_and_the_kept_values_can_be_discarded() throws IOException {
        session.signIn("zd-inspector");
        browser.get(base() + "/enterprises/new");
        String valid = validCode();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String name = "正定县退回测试" + valid.substring(12, 16) + "化工有限公司";
        fillEnterprise(wrong, name);
        browser.findElement(By.id("save")).click();

        assertThat(browser.findElement(By.cssSelector("#creditCode ~ .field-error")).getText()).contains("校验码");
        assertThat(value("name")).isEqualTo(name);
        assertThat(browser.findElements(By.id("keep-notice"))).as("the server drew what was sent: nothing to restore")
                .isEmpty();
        assertThat(keptEntries()).as("a refusal confirms nothing").isEqualTo(1);

        browser.get(base() + "/enterprises/new");
        assertThat(browser.findElement(By.id("keep-notice")).getText()).contains("已恢复未提交的内容");
        assertThat(value("creditCode")).isEqualTo(wrong);
        assertThat(value("name")).isEqualTo(name);
        session.screenshot("kept-form-after-refusal-phone");

        browser.findElement(By.id("keep-discard")).click();
        assertThat(value("name")).isEmpty();
        assertThat(browser.findElements(By.id("keep-notice"))).isEmpty();
        assertThat(keptEntries()).isZero();
    }

    @Test
    void the_signature_pad_draws_and_gives_the_form_a_png() throws IOException {
        session.signIn("zd-inspector");
        browser.get(base() + "/test-pages/signature.html");
        WebElement submit = browser.findElement(By.cssSelector(".signature-submit"));
        WebElement canvas = browser.findElement(By.cssSelector(".signature-canvas"));
        assertThat(canvas.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("signature-form-file")).isDisplayed())
                .as("the pad replaces the file choice").isFalse();
        assertThat(canvas.getSize().getHeight()).isGreaterThanOrEqualTo(200);
        assertThat(submit.isEnabled()).as("nothing signed yet").isFalse();

        browser.findElement(By.cssSelector(".signature-confirm")).click();
        assertThat(browser.findElement(By.cssSelector(".signature-message")).getText()).isEqualTo("请先在框内签名");

        new Actions(browser).moveToElement(canvas, -100, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 50).moveByOffset(50, -40).moveByOffset(60, 20)
                .release().perform();
        browser.findElement(By.id("signature-form-name")).sendKeys("王企业");
        browser.findElement(By.cssSelector(".signature-confirm")).click();
        // the PNG is made asynchronously (canvas.toBlob)
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".signature-message"), "签名已确认"));
        assertThat(browser.findElement(By.cssSelector(".signature-message")).getText()).contains("签名已确认");
        assertThat(submit.isEnabled()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".signature-preview")).isDisplayed()).isTrue();

        @SuppressWarnings("unchecked")
        Map<String, Object> file = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('signature-form');
                var data = new FormData(form);
                var f = data.get('file');
                f.arrayBuffer().then(function (b) {
                    var bytes = new Uint8Array(b);
                    var img = new Image();
                    img.onload = function () {
                        var c = document.createElement('canvas');
                        c.width = img.width; c.height = img.height;
                        var g = c.getContext('2d');
                        g.drawImage(img, 0, 0);
                        var px = g.getImageData(0, 0, c.width, c.height).data, ink = 0;
                        for (var i = 3; i < px.length; i += 4) { if (px[i] > 0) ink++; }
                        done({name: f.name, type: f.type, size: f.size, magic: Array.from(bytes.slice(0, 4)),
                              ink: ink, role: data.get('role'), signer: data.get('name'),
                              same: SignaturePad.blob(form).size === f.size});
                    };
                    img.onerror = function () { done({error: 'not an image'}); };
                    var reader = new FileReader();
                    reader.onload = function () { img.src = reader.result; };
                    reader.readAsDataURL(f);
                });
                """);
        assertThat(file).containsEntry("name", "signature.png").containsEntry("type", "image/png")
                .containsEntry("role", "ENTERPRISE_REPRESENTATIVE").containsEntry("signer", "王企业")
                .containsEntry("same", true);
        assertThat(file.get("magic")).asString().isEqualTo("[137, 80, 78, 71]");
        assertThat(((Number) file.get("ink")).longValue()).as("the drawn line is in the image").isGreaterThan(100);
        session.screenshot("signature-pad-phone");

        browser.findElement(By.cssSelector(".signature-clear")).click();
        assertThat(submit.isEnabled()).as("cleared: nothing to send").isFalse();
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('signature-form-file').files.length")).isEqualTo(0L);
    }

    private void offline(boolean offline) {
        HasNetworkConditions network = (HasNetworkConditions) browser;
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            network.setNetworkConditions(conditions);
        } else {
            network.deleteNetworkConditions();
        }
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private long keptEntries() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Object.keys(localStorage).filter(function (k) { return k.indexOf('keep:') === 0; }).length;");
    }

    private String keptText() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return Object.keys(localStorage).map(function (k) { return localStorage.getItem(k); }).join('\\n');");
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
