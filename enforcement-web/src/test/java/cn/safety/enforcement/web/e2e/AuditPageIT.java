package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.BINHAI;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** The record's page: its filters, its scope, its pages both ways, bad filters, and the Excel export. */
class AuditPageIT extends EndToEndIT {

    private long registered(String name) {
        JsonNode created = expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(
                Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, name))), 201).json();
        return created.path("id").asLong();
    }

    /** The number column of every row of the page. */
    private static List<Long> ids(String page) {
        return Html.rows(page).stream().map(row -> Long.parseLong(row.get(0))).toList();
    }

    @Test
    void the_filters_by_user_type_object_and_day_find_the_entry_and_nothing_else() {
        long id = registered("记录筛选有限公司");
        Http.Browser admin = browser("admin");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

        String page = admin.page("/admin/audit?type=Enterprise&object=" + id + "&username=zd-inspector&from=" + today
                + "&to=" + today + "&departmentId=" + demo().departmentId(ZHENGDING));

        assertThat(Html.rows(page)).singleElement().satisfies(row -> assertThat(String.join(" ", row))
                .contains("登记企业", "记录筛选有限公司", "李执法（zd-inspector）"));
        assertThat(Html.rows(admin.page("/admin/audit?type=Enterprise&object=" + id + "&username=admin"))).isEmpty();
        assertThat(Html.rows(admin.page("/admin/audit?type=Department&object=" + id))).isEmpty();
        assertThat(Html.rows(admin.page("/admin/audit?object=" + id + "&to=2020-01-01"))).isEmpty();
    }

    @Test
    void another_provinces_admin_finds_nothing_of_hebei_even_when_naming_its_department() {
        long id = registered("记录范围有限公司");
        Http.Browser tianjin = browser("tj-admin");

        assertThat(Html.rows(tianjin.page("/admin/audit?object=" + id))).isEmpty();
        assertThat(Html.rows(tianjin.page("/admin/audit?departmentId=" + demo().departmentId(ZHENGDING)))).isEmpty();
        assertThat(Html.rows(tianjin.page("/admin/audit?type=Department"))).isNotEmpty()
                .allSatisfy(row -> assertThat(String.join(" ", row)).doesNotContain("河北省", "石家庄", "正定"));
        assertThat(Html.rows(browser("admin").page("/admin/audit?departmentId=" + demo().departmentId(BINHAI))))
                .isEmpty();
    }

    @Test
    void older_and_newer_pages_meet_without_gaps_or_repeats() {
        for (int i = 0; i < 3; i++) {
            registered("记录翻页有限公司" + i);
        }
        Http.Browser admin = browser("admin");
        String first = admin.page("/admin/audit?type=Enterprise");
        List<Long> firstIds = ids(first);
        assertThat(firstIds).hasSize(50).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(Html.byId(first, "newer-page")).isNull();
        String olderLink = Html.attributeById(first, "older-page", "href").replace("&amp;", "&");
        String second = admin.page(olderLink);
        List<Long> secondIds = ids(second);
        assertThat(secondIds).isNotEmpty().allSatisfy(i -> assertThat(i).isLessThan(firstIds.get(49)));
        String newerLink = Html.attributeById(second, "newer-page", "href").replace("&amp;", "&");

        assertThat(ids(admin.page(newerLink))).isEqualTo(firstIds);
    }

    @Test
    void a_date_that_is_no_date_is_shown_beside_its_field_not_as_an_error_page() {
        Http.Response r = browser("admin").get("/admin/audit?from=2026-13-45&before=abc");

        assertThat(expect(r, 200).body()).contains("请输入有效日期（年-月-日）。");
    }

    @Test
    void the_export_holds_the_filtered_entries_as_the_page_reads_them() throws IOException {
        long id = registered("记录导出有限公司");

        Http.Response file = expect(browser("admin").get("/admin/audit/export.xlsx?type=Enterprise&object=" + id), 200);

        assertThat(file.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue()));
                rows.add(cells);
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("#", "时间", "操作人", "操作", "对象类型", "对象", "变更内容");
        assertThat(rows.get(1).subList(2, 6)).containsExactly("李执法（zd-inspector）", "登记企业", "企业",
                "记录导出有限公司");
        assertThat(rows.get(1).get(6)).contains("所在行政区划：正定县（130123）", "执法主体：正定县应急管理局");
        assertThat(expect(browser("tj-admin").get("/admin/audit/export.xlsx?object=" + id), 200).bytes()).isNotEmpty();
    }
}
