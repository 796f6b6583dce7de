package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** The import as the page review asked for it: allowed values, a template that guides, rows numbered alike. */
class ImportReviewIT extends EndToEndIT {

    private static final String HEADER = "统一社会信用代码,企业名称,行政区划代码,地址,行业领域,从业人员数,安全风险等级\n";

    private static String row(String code, String name, String sector, String risk) {
        return String.join(",", code, name, ZHENGDING, "河北省石家庄市正定县导入路2号", sector, "20", risk) + "\n";
    }

    @Test
    void the_xlsx_template_imports_nothing_by_itself_and_offers_drop_down_lists_and_instructions() throws IOException {
        Http.Browser zd = browser("zd-inspector");
        Http.Response template = expect(zd.get("/enterprises/import/template.xlsx"), 200);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            Sheet data = wb.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("企业");
            assertThat(data.getLastRowNum()).as("only the headings on the sheet that is imported").isZero();
            assertThat(data.getRow(0).getCell(4).getStringCellValue()).isEqualTo("行业领域");
            List<String> validated = new ArrayList<>();
            for (DataValidation v : data.getDataValidations()) {
                int column = v.getRegions().getCellRangeAddress(0).getFirstColumn();
                validated.add(data.getRow(0).getCell(column).getStringCellValue());
                assertThat(v.getValidationConstraint().getFormula1()).startsWith("'取值'!$");
            }
            assertThat(validated).contains("行业领域", "安全风险等级", "企业规模", "是否设置安全生产管理机构",
                    "安全生产标准化等级", "生产经营状态");
            Sheet values = wb.getSheet("取值");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(values))).isTrue();
            List<String> firstList = new ArrayList<>();
            values.forEach(r -> firstList.add(r.getCell(0).getStringCellValue()));
            assertThat(firstList).contains("矿山", "危险化学品", "工贸");
            Sheet help = wb.getSheet("填写说明");
            assertThat(help).isNotNull();
            StringBuilder text = new StringBuilder();
            help.forEach(r -> r.forEach(c -> text.append(c.getStringCellValue()).append('|')));
            assertThat(text).contains("91130123MA0D5K2R8Q", "从业人员数", "不会被导入");
        }
        // uploaded as it is, it has no data row: nothing to import
        Http.Response r = zd.upload("/enterprises/import", "file", "模板.xlsx", "application/octet-stream",
                template.bytes());
        assertThat(Html.byId(expect(r, 200).body(), "file-error")).isEqualTo("文件中没有数据行。");
    }

    @Test
    void the_example_row_of_the_csv_template_left_in_the_file_is_refused() {
        Http.Browser zd = browser("zd-inspector");
        String template = new String(expect(zd.get("/enterprises/import/template.csv"), 200).bytes(),
                StandardCharsets.UTF_8);
        String good = Demo.newCreditCode(ZHENGDING);
        // a row of the user's own after the example: the example with another code and name
        String example = template.lines().skip(1).findFirst().orElseThrow();
        String own = example.replace("91130123MA0D5K2R8Q", good).replace("正定县示例化工有限公司", "正定县示例行测试有限公司");
        String file = template + (template.endsWith("\n") ? "" : "\n") + own + "\n";
        Http.Response r = zd.upload("/enterprises/import", "file", "模板.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
        String page = expect(r, 200).body();
        List<List<String>> rows = Html.rows(page);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).isEqualTo("第 2 行");
        assertThat(rows.get(0).get(2)).contains("这是模板中的示例行，请删除后再导入。");
        assertThat(api("zd-inspector").get("/api/v1/enterprises?q=" + good).body()).doesNotContain(good);
    }

    @Test
    void an_unknown_value_lists_the_allowed_ones_and_the_summary_numbers_rows_as_the_errors_do() throws IOException {
        Http.Browser zd = browser("zd-inspector");
        String csv = HEADER + "\n\n"
                + row(Demo.newCreditCode(ZHENGDING), "正定县取值测试一有限公司", "工贸", "蓝")
                + row(Demo.newCreditCode(ZHENGDING), "正定县取值测试二有限公司", "太空采矿", "紫");
        Http.Response r = zd.upload("/enterprises/import", "file", "取值.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        String page = expect(r, 200).body();
        // two blank lines after the header: the data rows are the spreadsheet's rows 4 and 5
        assertThat(Html.byId(page, "import-rejected"))
                .isEqualTo("共 2 行数据（表格第 4 行至第 5 行），其中 1 行有误，未导入任何数据。请修改后重新上传。");
        List<List<String>> rows = Html.rows(page);
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("第 5 行");
        assertThat(rows.get(0).get(2)).contains("无法识别的取值“太空采矿”，可选：矿山、危险化学品", "工贸")
                .contains("无法识别的取值“紫”，可选：红（重大风险）、橙（较大风险）、黄（一般风险）、蓝（低风险）");

        String xlsxHref = Html.attributeById(page, "import-report-download-xlsx", "href");
        assertThat(xlsxHref).endsWith(".xlsx");
        Http.Response xlsx = expect(zd.get(Html.unescape(xlsxHref)), 200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).contains("可选：");
        }
        assertThat(expect(browser("sjz-supervisor").get(Html.unescape(xlsxHref)), 404).status()).isEqualTo(404);
    }
}
