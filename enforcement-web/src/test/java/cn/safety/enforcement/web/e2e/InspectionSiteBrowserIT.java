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
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspection at the site on a phone (390 px) in headless Chromium: the checklist item by item with big choices, a
 * photo from the camera input, signing on the pad, and the refusal form kept through a dropped connection and restored.
 * Screenshots under target/screenshots.
 */
class InspectionSiteBrowserIT extends EndToEndIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeAll
    static void needsChromium() {
        Chromium.assumeInstalled();
    }

    @BeforeEach
    void phone() {
        browser = session.driver();
        browser.manage().window().setSize(new Dimension(390, 1400));
    }

    @Test
    void an_inspector_works_through_the_checklist_takes_a_photo_signs_and_keeps_a_form_through_a_dropped_connection()
            throws Exception {
        JsonNode inspection = InspectionSiteIT.startInspectionOfAChemicalEnterprise(this::api);
        long id = inspection.path("id").asLong();
        String page = base() + "/inspections/" + id + "/site";
        session.signIn("zd-inspector");

        // the checklist, item by item: one column, big choices
        browser.get(page);
        assertThat(browser.findElement(By.cssSelector("#checklist h3")).getText()).contains("第（一）项");
        WebElement fail = browser.findElement(By.cssSelector(".choice.FAIL"));
        assertThat(fail.getSize().getHeight()).as("a thumb-sized choice").isGreaterThanOrEqualTo(48);
        assertThat(fail.getSize().getWidth()).as("one column").isGreaterThan(300);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling")
                .isLessThanOrEqualTo(390);
        session.screenshot("site-checklist-phone");
        fail.click();
        browser.findElement(By.cssSelector(".site-result textarea")).sendKeys("主要负责人未能出示考核合格证明");
        browser.findElement(By.cssSelector(".site-result button[type=submit]")).click();
        session.waitForUrl(".*item=.*");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("检查结论已保存");
        assertThat(browser.findElement(By.cssSelector("#checklist h3")).getText()).as("the next item")
                .contains("第（二）项");
        assertThat(browser.findElement(By.id("results")).getText()).contains("不符合").contains("拟列为重大事故隐患");

        // a photo of the first item, from the camera input
        browser.get(page + "?item=" + inspection.path("results").get(0).path("checklistItemId").asLong());
        assertThat(browser.findElement(By.cssSelector("#checklist .alert.error")).getText())
                .contains("拟列为重大事故隐患");
        WebElement camera = browser.findElement(By.cssSelector(".site-photo input[type=file]"));
        assertThat(camera.getAttribute("capture")).isEqualTo("environment");
        assertThat(camera.getAttribute("accept")).isEqualTo("image/*");
        Path photo = Files.createTempFile("site-photo", ".jpg");
        Files.write(photo, InspectionSiteIT.jpeg());
        camera.sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.cssSelector(".site-photo button[type=submit]")).click();
        session.waitForUrl(".*item=.*");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("证据已上传").contains("SHA-256")
                .contains(InspectionSiteIT.sha256(Files.readAllBytes(photo)));
        assertThat(browser.findElements(By.cssSelector("#checklist .site-evidence img.thumb"))).hasSize(1);
        session.screenshot("site-photo-phone");

        // signing on the pad
        browser.get(page + "#signatures");
        WebElement canvas = browser.findElement(By.cssSelector("#sign-inspector .signature-canvas"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        new Actions(browser).moveToElement(canvas, -100, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 50).moveByOffset(50, -40).moveByOffset(60, 20)
                .release().perform();
        browser.findElement(By.id("sign-inspector-name")).sendKeys("李执法");
        browser.findElement(By.cssSelector("#sign-inspector .signature-confirm")).click();
        session.screenshot("site-signing-confirmed-phone");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#sign-inspector .signature-message"), "签名已确认"));
        session.screenshot("site-signing-phone");
        browser.findElement(By.cssSelector("#sign-inspector .signature-submit")).click();
        session.waitForUrl(".*#signatures$");
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("签名已保存");
        assertThat(browser.findElement(By.id("signatures")).getText()).contains("执法人员：李执法");
        JsonNode signatures = api("zd-inspector").getJson("/api/v1/inspections/" + id).path("signatures");
        assertThat(signatures.values()).hasSize(1);

        // the refusal form, sent while the connection is down, stays on the phone and is restored
        browser.get(page + "#signatures");
        WebElement witness = browser.findElement(By.id("witness"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", witness);
        witness.sendKeys("村委会孙主任");
        offline(true);
        witness.submit();
        WebElement notice = browser.findElement(By.id("keep-offline"));
        assertThat(notice.getText()).contains("网络中断");
        offline(false);
        // opened again (a new load, not a jump to the anchor of the page already shown)
        browser.get(page + "?reopened=1#signatures");
        assertThat(browser.findElement(By.id("keep-notice")).getText()).contains("已恢复未提交的内容");
        assertThat(browser.findElement(By.id("witness")).getAttribute("value")).isEqualTo("村委会孙主任");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id("witness")));
        session.screenshot("site-restored-phone");
        browser.findElement(By.id("witness")).submit();
        // the page already ends with #signatures: wait for the answer itself, not for the address
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("signatures"), "村委会孙主任"));
        assertThat(browser.findElement(By.id("signatures")).getText()).contains("拒绝签字").contains("村委会孙主任");
        browser.get(page + "#record");
        assertThat(browser.findElement(By.id("record")).getText()).contains("执法人员尚未签名：周执法");
        session.screenshot("site-record-phone");
    }

    @Test
    void the_inspection_pages_fit_a_phone_and_a_desktop_in_chinese_and_in_english() throws Exception {
        long id = InspectionSiteIT.startInspectionOfAChemicalEnterprise(this::api).path("id").asLong();
        session.signIn("zd-inspector");
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("list", "/inspections");
        pages.put("new", "/inspections/new");
        pages.put("new-search", "/inspections/new?q=%E5%8C%96%E5%B7%A5");
        pages.put("experts", "/experts");
        pages.put("detail", "/inspections/" + id);
        pages.put("site", "/inspections/" + id + "/site");
        for (String lang : java.util.List.of("zh_CN", "en")) {
            for (int width : new int[] {1280, 390}) {
                browser.manage().window().setSize(new Dimension(width, 1400));
                for (java.util.Map.Entry<String, String> p : pages.entrySet()) {
                    String path = p.getValue();
                    browser.get(base() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                    String text = browser.findElement(By.tagName("body")).getText();
                    assertThat(text).as("%s in %s: every text has its message", path, lang).doesNotContain("??");
                    if (lang.equals("en") && !path.startsWith("/inspections/" + id)) {
                        // the inspection's own pages carry the enterprise's Chinese name in their heading
                        assertThat(browser.findElement(By.tagName("h1")).getText()).as("%s in English", path)
                                .doesNotContainPattern("\\p{IsHan}");
                    }
                    if (width == 390) {
                        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                                "return document.documentElement.scrollWidth")).intValue())
                                .as("%s in %s: no sideways scrolling on a phone", path, lang).isLessThanOrEqualTo(390);
                    }
                    session.screenshot("inspection-" + p.getKey() + "-" + (lang.equals("en") ? "en" : "zh") + "-"
                            + (width == 390 ? "phone" : "desktop"));
                }
            }
        }
        browser.get(base() + "/inspections?lang=zh_CN");
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
}
