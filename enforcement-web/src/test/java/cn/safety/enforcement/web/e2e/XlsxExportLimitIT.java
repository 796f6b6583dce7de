package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .xlsx export stops at {@code enforcement.export.xlsx-max-rows} (here 10, a province has far more than the
 * default): the list says so beforehand and offers the CSV, the file says so in a note it opens on, and the CSV holds
 * every row.
 */
@TestPropertySource(properties = "enforcement.export.xlsx-max-rows=10")
class XlsxExportLimitIT extends EndToEndIT {

    private static final int LIMIT = 10;

    @Test
    void a_cut_xlsx_holds_the_newest_rows_and_a_note_with_the_size_of_the_list() throws IOException {
        int listed = ApiJurisdictionIT.allPages(api("sjz-supervisor"), "size=200", 50).size();
        assertThat(listed).isGreaterThan(LIMIT);

        byte[] xlsx = expect(browser("sjz-supervisor").get("/enterprises/export.xlsx"), 200).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> data = rows(wb.getSheetAt(0));
            assertThat(data).hasSize(1 + LIMIT);
            assertThat(data.get(0)).startsWith("统一社会信用代码");
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet note = wb.getSheetAt(1);
            assertThat(note.getSheetName()).isEqualTo("导出说明");
            assertThat(wb.getActiveSheetIndex()).as("the file opens on the note").isEqualTo(1);
            assertThat(rows(note).get(0).get(0)).isEqualTo("注意：本文件只含筛选结果中最新的 " + LIMIT + " 行。筛选结果共 "
                    + listed + " 行，其余 " + (listed - LIMIT) + " 行未导出。");
            assertThat(rows(note).get(1).get(0)).contains("导出 CSV（全部）", "/api/v1/enterprises/export.csv");
        }
        List<String> csv = new String(expect(browser("sjz-supervisor").get("/enterprises/export.csv"), 200).bytes(),
                java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(csv).hasSize(1 + listed);
    }

    @Test
    void an_xlsx_within_the_limit_has_no_note() throws IOException {
        String code = Demo.newCreditCode(Demo.ZHENGDING);
        Http.Api zd = api("zd-inspector");
        expect(zd.post("/api/v1/enterprises", Http.json(Demo.enterpriseBody(code, Demo.ZHENGDING, "限额内导出测试有限公司"))),
                201);
        byte[] xlsx = expect(browser("zd-inspector").get("/enterprises/export.xlsx?q=" + code), 200).bytes();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(rows(wb.getSheetAt(0))).hasSize(2);
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
        }
    }

    @Test
    void the_list_says_when_its_filter_holds_more_rows_than_the_xlsx_takes_and_offers_the_csv() {
        Http.Browser admin = browser("admin");
        // with and without the kept counts: a grade alone is counted from them, a sector is looked up in the rows
        for (String filter : List.of("", "?riskGrade=BLUE", "?sector=INDUSTRY_TRADE", "?sector=FIREWORKS&riskGrade=RED",
                "?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E4%BC%81%E4%B8%9A")) {
            int listed = ApiJurisdictionIT.allPages(api("admin"), "size=200" + filter.replace('?', '&'), 50).size();
            String page = expect(admin.get("/enterprises" + filter), 200).body();
            String notice = Html.byId(page, "export-cut");
            if (listed > LIMIT) {
                assertThat(notice).as("filter %s with %d rows", filter, listed)
                        .isEqualTo("筛选结果超过 10 行：导出的 Excel 文件只含最新的 10 行。要导出全部数据，请选择“导出 CSV（全部）”。");
            } else {
                assertThat(notice).as("filter %s with %d rows", filter, listed).isNull();
            }
            assertThat(Html.attributeById(page, "export-csv", "href")).startsWith("/enterprises/export.csv");
        }
        // a later page reached through the list's own link says so too, without counting again
        String first = expect(admin.get("/enterprises?sector=INDUSTRY_TRADE"), 200).body();
        String next = Html.unescape(Html.attributeById(first, "next-page", "href"));
        assertThat(next).contains("xlsxCut=true");
        String second = expect(admin.get(next), 200).body();
        assertThat(Html.byId(second, "export-cut")).as("a later page too").isNotNull();
        String none = expect(admin.get("/enterprises?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E4%BC%81%E4%B8%9A"), 200)
                .body();
        assertThat(Html.byId(none, "export-cut")).isNull();
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
