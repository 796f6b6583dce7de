package cn.safety.enforcement.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The document-numbering admin page in headless Chromium, on a desktop and at 390 px; screenshots under target/screenshots. */
class DocumentNumberingBrowserIT extends WebIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeEach
    void openBrowser() {
        browser = session.driver();
    }

    @Test
    void an_admin_sees_every_document_type_with_its_next_number_and_a_refused_pattern_on_a_desktop_and_a_phone()
            throws IOException {
        session.signIn("admin");
        browser.get(base() + "/admin/document-numbering");
        assertThat(browser.findElements(By.cssSelector(".card.numbering"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector("#numbering-INSPECTION_RECORD h3")).getText())
                .isEqualTo("现场检查记录");
        assertThat(browser.findElement(By.cssSelector("#numbering-INSPECTION_RECORD .next-number")).getText())
                .matches("检记〔\\d{4}〕\\d+号");
        session.screenshot("admin-document-numbering");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Number pageWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        session.screenshot("admin-document-numbering-phone");

        WebElement pattern = browser.findElement(By.id("pattern-RECHECK_OPINION"));
        pattern.clear();
        pattern.sendKeys("复查{n}号");
        pattern.submit();
        WebElement card = browser.findElement(By.id("numbering-RECHECK_OPINION"));
        assertThat(card.findElement(By.cssSelector(".field-error")).getText()).contains("{year}", "{n}");
        assertThat(browser.findElement(By.id("pattern-RECHECK_OPINION")).getAttribute("value"))
                .as("what was typed is kept").isEqualTo("复查{n}号");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", card);
        session.screenshot("admin-document-numbering-phone-refused");
    }
}
