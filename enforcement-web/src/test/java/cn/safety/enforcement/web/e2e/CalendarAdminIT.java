package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar page: province-level admins enter a year, typed or from a sheet; nobody else does. */
class CalendarAdminIT extends EndToEndIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    private JdbcClient jdbc;

    private long auditMark;

    @org.junit.jupiter.api.BeforeEach
    void markTheRecord() {
        auditMark = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    /** Years entered here are removed again, so that other tests still find them not entered. */
    @AfterEach
    void removeTestYears() {
        jdbc.sql("DELETE FROM calendar_day WHERE year IN (2027, 2029, 2030)").update();
        jdbc.sql("DELETE FROM calendar_year WHERE year IN (2027, 2029, 2030)").update();
    }

    private static Http.Form year2027(Http.Form form) {
        return form.set("notice", "国办发明电〔2026〕9号")
                .set("ranges[0].kind", "HOLIDAY").set("ranges[0].name", "元旦")
                .set("ranges[0].from", "2027-01-01").set("ranges[0].to", "2027-01-03")
                .set("ranges[1].kind", "HOLIDAY").set("ranges[1].name", "春节")
                .set("ranges[1].from", "2027-02-05").set("ranges[1].to", "2027-02-12")
                .set("ranges[2].kind", "MAKEUP_WORKDAY").set("ranges[2].name", "春节")
                .set("ranges[2].from", "2027-02-20").set("ranges[2].to", "");
    }

    @Test
    void the_province_admin_enters_2027_and_the_api_and_the_deadlines_follow_it_at_once() {
        JsonNode before = api("zd-inspector").getJson(
                "/api/v1/calendar/deadline?start=2027-02-04&days=1&unit=WORKING_DAYS");
        assertThat(text(before, "dueOn")).isEqualTo("2027-02-05");
        assertThat(before.path("provisional").asBoolean()).isTrue();
        Http.Browser admin = browser("admin");
        String page = admin.page("/admin/calendar?year=2027");
        assertThat(Html.byClass(page, "alert note")).anyMatch(t -> t.contains("2027 年的放假安排尚未录入"));

        Http.Response saved = admin.post("/admin/calendar/years",
                year2027(Html.form(page, "/admin/calendar/years")));

        assertThat(saved.status()).as("%s", saved).isEqualTo(302);
        assertThat(saved.location()).isEqualTo("/admin/calendar?year=2027");
        String shown = admin.follow(saved).body();
        assertThat(Html.byClass(shown, "flash")).containsExactly("已录入该年的放假安排，并已重新计算依赖该年的暂定期限。");
        assertThat(shown).contains("data-date=\"2027-02-20\"");
        JsonNode after = api("zd-inspector").getJson(
                "/api/v1/calendar/deadline?start=2027-02-04&days=1&unit=WORKING_DAYS");
        assertThat(text(after, "dueOn")).isEqualTo("2027-02-15");
        assertThat(after.path("provisional").asBoolean()).isFalse();
        assertThat(api("zd-inspector").getJson("/api/v1/calendar/days?from=2027-02-20&to=2027-02-20").get(0).toString())
                .isEqualTo("{\"date\":\"2027-02-20\",\"workingDay\":true,\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"春节\"}");
        assertThat(audit(2027)).containsExactly("CalendarYearEntered admin");
        // the entry belongs to the entering admin's department: in its province's chain, read by its admins
        assertThat(jdbc.sql("SELECT department_id FROM audit_entry WHERE aggregate_type = 'CalendarYear'"
                        + " AND aggregate_id = '2027' AND id > ?").param(auditMark).query(Long.class).single())
                .isEqualTo(demo().departmentId(Demo.HEBEI));
    }

    @Test
    void entering_a_year_already_entered_is_refused_unless_replaced_with_a_reason() {
        Http.Browser admin = browser("admin");
        String page = admin.page("/admin/calendar?year=2027");
        expect(admin.post("/admin/calendar/years", year2027(Html.form(page, "/admin/calendar/years"))), 302);

        Http.Response again = admin.post("/admin/calendar/years", year2027(Html.form(page, "/admin/calendar/years")));
        expect(again, 200);
        assertThat(Html.byClass(again.body(), "alert error")).anyMatch(t -> t.contains(
                "2027 年的放假安排已录入（国办发明电〔2026〕9号）。如需更正，请选择“替换已录入的安排”并填写理由。"));

        String entered = admin.page("/admin/calendar?year=2027");
        Http.Form replace = Html.form(entered, "/admin/calendar/years")
                .set("ranges[0].to", "2027-01-01").set("replace", "true").set("reason", " ");
        Http.Response noReason = admin.post("/admin/calendar/years", replace);
        expect(noReason, 200);
        assertThat(Html.byClass(noReason.body(), "alert error")).anyMatch(t -> t.contains("替换已录入的安排须填写理由。"));
        assertThat(holidays(2027)).isEqualTo(3 + 8);

        Http.Response replaced = admin.post("/admin/calendar/years", replace.set("reason", "元旦只放一天，录入有误"));
        expect(replaced, 302);
        assertThat(holidays(2027)).isEqualTo(1 + 8);
        assertThat(audit(2027)).containsExactly("CalendarYearEntered admin", "CalendarYearReplaced admin");
        // the form of the page before the replacement carries the old version: it overwrites nothing
        Http.Response stale = admin.post("/admin/calendar/years", replace.set("reason", "再次更正"));
        expect(stale, 200);
        assertThat(Html.byClass(stale.body(), "alert error")).anyMatch(t -> t.contains("已被他人修改"));
        assertThat(audit(2027)).hasSize(2);
    }

    @Test
    void a_make_up_day_on_a_weekday_is_refused_with_the_day_named_and_nothing_is_saved() {
        Http.Browser admin = browser("admin");
        Http.Form form = year2027(Html.form(admin.page("/admin/calendar?year=2027"), "/admin/calendar/years"))
                .set("ranges[2].from", "2027-02-17");

        Http.Response r = admin.post("/admin/calendar/years", form);

        expect(r, 200);
        assertThat(Html.byClass(r.body(), "alert error"))
                .anyMatch(t -> t.contains("2027-02-17 不是周六或周日，不能作为调休上班日。"));
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = 2027").query(Long.class).single()).isZero();
    }

    @Test
    void a_city_admin_reads_the_calendar_but_may_not_enter_a_year_and_an_inspector_does_not_reach_the_page() {
        String username = uniqueUsername("sjz-admin");
        openAccount(username, "Calendar-2026-pass", Demo.SHIJIAZHUANG, "ADMIN");
        Http.Browser cityAdmin = browser(username, "Calendar-2026-pass");
        String page = cityAdmin.page("/admin/calendar?year=2027");
        assertThat(page).doesNotContain("action=\"/admin/calendar/years\"");
        assertThat(Html.byClass(page, "alert note")).anyMatch(t -> t.contains("由省级执法主体的管理员录入"));
        // the years loaded with the schema were entered by nobody signed in: the page says 系统, not an account name
        assertThat(page).contains("系统").doesNotContain(">system<");

        Http.Form form = year2027(Http.Form.of("year", "2027", "_csrf", Html.csrf(page)));
        Http.Response refused = cityAdmin.post("/admin/calendar/years", form);

        expect(refused, 403);
        assertThat(refused.body()).contains("只有省级执法主体的管理员可以录入或替换");
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = 2027").query(Long.class).single()).isZero();
        Http.Browser inspector = browser("zd-inspector");
        expect(inspector.get("/admin/calendar"), 403);
        expect(inspector.submit("/admin/calendar/years", year2027(Http.Form.of("year", "2027"))), 403);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = 2027").query(Long.class).single()).isZero();
    }

    @Test
    void the_tianjin_admin_enters_a_year_from_the_sheet_of_the_template() throws IOException {
        Http.Browser admin = browser("tj-admin");
        Http.Response template = expect(admin.get("/admin/calendar/template.xlsx"), 200);
        assertThat(template.contentType()).startsWith(XLSX);
        byte[] sheet;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            Sheet days = wb.getSheetAt(0);
            assertThat(List.of(days.getRow(0).getCell(0).getStringCellValue(), days.getRow(0).getCell(1)
                    .getStringCellValue(), days.getRow(0).getCell(2).getStringCellValue()))
                    .containsExactly("日期", "类型", "名称");
            assertThat(days.getLastRowNum()).as("no example row to import by accident").isZero();
            assertThat(wb.getSheet("说明")).isNotNull();
            row(days, 1, "2029-01-01", "法定节假日", "元旦");
            row(days, 2, "2029-02-12", "法定节假日", "春节");
            row(days, 3, "2029-02-13", "法定节假日", "春节");
            row(days, 4, "2029-02-17", "调休上班", "春节");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            sheet = out.toByteArray();
        }

        Http.Response r = admin.upload("/admin/calendar/years/upload",
                Map.of("year", "2029", "notice", "国办发明电〔2028〕1号"), "file", "2029.xlsx", XLSX, sheet);

        assertThat(r.status()).as("%s", r).isEqualTo(302);
        JsonNode days = api("bh-inspector").getJson("/api/v1/calendar/days?from=2029-02-12&to=2029-02-17");
        assertThat(days.findValuesAsString("kind")).containsExactly("HOLIDAY", "HOLIDAY", "WORKDAY", "WORKDAY",
                "WORKDAY", "MAKEUP_WORKDAY");
        assertThat(audit(2029)).containsExactly("CalendarYearEntered tj-admin");
    }

    @Test
    void a_sheet_with_bad_rows_names_each_row_in_chinese_and_enters_nothing() throws IOException {
        byte[] sheet;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet days = wb.createSheet("日历");
            row(days, 0, "日期", "类型", "名称");
            row(days, 1, "2030-02-30", "法定节假日", "春节");
            row(days, 2, "2030-02-03", "休息", "春节");
            row(days, 3, "2030-01-01", "法定节假日", "元旦");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            sheet = out.toByteArray();
        }
        Http.Browser admin = browser("admin");

        Http.Response r = admin.upload("/admin/calendar/years/upload",
                Map.of("year", "2030", "notice", "国办发明电〔2029〕1号"), "file", "2030.xlsx", XLSX, sheet);

        expect(r, 200);
        assertThat(Html.byClass(r.body(), "alert error")).singleElement().satisfies(t -> assertThat(t)
                .contains("第 2 行：日期“2030-02-30”无效，格式应为 YYYY-MM-DD。")
                .contains("第 3 行：类型“休息”无效，可选值：法定节假日、调休上班。"));
        Http.Response notXlsx = admin.upload("/admin/calendar/years/upload",
                Map.of("year", "2030", "notice", "国办发明电〔2029〕1号"), "file", "2030.xlsx", XLSX,
                "日期,类型,名称".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        expect(notXlsx, 200);
        assertThat(Html.byClass(notXlsx.body(), "alert error")).anyMatch(t -> t.contains("无法读取该文件"));
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = 2030").query(Long.class).single()).isZero();
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private long holidays(int year) {
        return jdbc.sql("SELECT count(*) FROM calendar_day WHERE year = ? AND kind = 'HOLIDAY'").param(year)
                .query(Long.class).single();
    }

    /** The record's entries about the calendar of {@code year} made since this test began, oldest first. */
    private List<String> audit(int year) {
        return jdbc.sql("SELECT action || ' ' || username FROM audit_entry WHERE aggregate_type = 'CalendarYear'"
                        + " AND aggregate_id = ? AND id > ? ORDER BY id")
                .params(String.valueOf(year), auditMark).query(String.class).list();
    }
}
