package cn.safety.enforcement.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;


import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar page in headless Chromium, on a desktop and on a phone; screenshots under target/screenshots. */
class CalendarBrowserIT extends WebIT {

    private WebDriver browser;

    @RegisterExtension
    final BrowserSession session = new BrowserSession(Duration.ofSeconds(5), this::base);

    @BeforeEach
    void openBrowser() {
        browser = session.driver();
    }

    @Test
    void an_admin_sees_national_day_2026_marked_on_the_calendar_on_a_desktop_and_on_a_phone() throws IOException {
        session.signIn("admin");
        browser.get(base() + "/admin/calendar?year=2026");

        WebElement nationalDay = browser.findElement(By.cssSelector("[data-date='2026-10-01']"));
        assertThat(nationalDay.getAttribute("class")).contains("HOLIDAY");
        assertThat(nationalDay.getAttribute("title")).contains("法定节假日").contains("国庆节");
        assertThat(browser.findElement(By.cssSelector("[data-date='2026-10-10']")).getAttribute("class"))
                .contains("MAKEUP_WORKDAY");
        assertThat(browser.findElements(By.cssSelector("table.month"))).hasSize(12);
        assertThat(browser.findElement(By.linkText("工作日历")).isDisplayed()).isTrue();
        fullPage("admin-calendar", 1280);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        Number pageWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        session.screenshot("admin-calendar-phone");
        scrollTo("table.month");
        session.screenshot("admin-calendar-phone-months");
        scrollTo("table.calendar-lines");
        session.screenshot("admin-calendar-phone-form");
    }

    @Test
    void a_year_not_entered_says_so_and_offers_the_form_to_enter_it() throws IOException {
        session.signIn("admin");
        browser.get(base() + "/admin/calendar?year=2031");

        assertThat(browser.findElement(By.cssSelector(".alert.note")).getText()).contains("2031 年的放假安排尚未录入");
        assertThat(browser.findElement(By.cssSelector("form[action$='/admin/calendar/years'] h2")).getText())
                .isEqualTo("录入 2031 年放假安排");
        session.screenshot("admin-calendar-not-entered");
    }


    private void scrollTo(String css) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(By.cssSelector(css)));
    }

    /** The whole page at this width: the window is made as tall as the page first. */
    private void fullPage(String name, int width) throws IOException {
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 150, 8000)));
        session.screenshot(name);
        browser.manage().window().setSize(before);
    }

}
