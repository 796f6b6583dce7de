package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import reads a CSV only in an encoding its bytes make clear, and refuses the whole file otherwise; a cell with a
 * control character is a problem of its row and field, never a server error.
 */
class ImportEncodingIT extends EndToEndIT {

    private static final String HEADER = "统一社会信用代码,企业名称,行政区划代码,地址,行业领域,从业人员数,安全风险等级\n";
    private static final String UNCLEAR = "无法确定文件的字符编码：文件中有不符合 UTF-8 编码的字节，又不能确定是 GB18030（GBK）编码。"
            + "为免导入乱码，整个文件未导入。请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后重新上传。";

    @Test
    void a_utf8_file_with_one_invalid_byte_is_refused_whole_with_the_encoding_message() {
        String first = Demo.newCreditCode(ZHENGDING);
        String second = Demo.newCreditCode(ZHENGDING);
        String third = Demo.newCreditCode(ZHENGDING);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes((HEADER + row(first, "正定县编码一号有限公司", "工贸", "蓝")).getBytes(StandardCharsets.UTF_8));
        csv.writeBytes((second + ",正定县编码二号").getBytes(StandardCharsets.UTF_8));
        csv.write(0xB2);
        csv.writeBytes(("有限公司," + ZHENGDING + ",正定县编码路2号,工贸,20,蓝\n").getBytes(StandardCharsets.UTF_8));
        csv.writeBytes(row(third, "正定县编码三号有限公司", "工贸", "蓝").getBytes(StandardCharsets.UTF_8));

        Http.Response r = upload("编码.csv", csv.toByteArray());

        assertThat(Html.byId(expect(r, 200).body(), "file-error")).isEqualTo(UNCLEAR);
        assertThat(r.body()).doesNotContain("id=\"import-done\"");
        for (String code : List.of(first, second, third)) {
            assertNotRegistered(code);
        }
    }

    @Test
    void a_gb18030_file_is_imported_with_its_characters_intact() {
        String code = Demo.newCreditCode(ZHENGDING);
        // 路 and 鹿 are also valid UTF-8 byte pairs in GBK; 䶮 takes GB18030's four bytes
        String name = "正定县䶮录鹿路国标测试有限公司";
        byte[] csv = (HEADER + row(code, name, "涉氨制冷", "红")).getBytes(Charset.forName("GB18030"));

        Http.Response r = upload("国标.csv", csv);

        assertThat(Html.byId(expect(r, 200).body(), "import-done")).isEqualTo("已导入 1 家企业。");
        JsonNode e = only(code);
        assertThat(text(e, "name")).isEqualTo(name);
        // 涉氨制冷, a sector before, is read as 工贸 with that feature
        assertThat(text(e, "sector")).isEqualTo("INDUSTRY_TRADE");
        assertThat(e.path("features").toString()).isEqualTo("[\"AMMONIA_REFRIGERATION\"]");
    }

    @Test
    void a_utf8_file_without_a_byte_order_mark_is_imported() {
        String code = Demo.newCreditCode(ZHENGDING);
        String name = "正定县䶮录鹿路统一码测试有限公司";
        Http.Response r = upload("统一码.csv", (HEADER + row(code, name, "危险化学品", "橙")).getBytes(StandardCharsets.UTF_8));

        assertThat(Html.byId(expect(r, 200).body(), "import-done")).isEqualTo("已导入 1 家企业。");
        assertThat(text(only(code), "name")).isEqualTo(name);
    }

    @Test
    void control_characters_in_csv_cells_are_problems_of_their_rows_and_fields_and_nothing_is_imported() {
        String good = Demo.newCreditCode(ZHENGDING);
        String nul = Demo.newCreditCode(ZHENGDING);
        String bell = Demo.newCreditCode(ZHENGDING);
        String bidi = Demo.newCreditCode(ZHENGDING);
        String csv = HEADER
                + row(good, "正定县控制字符好行有限公司", "工贸", "蓝")
                + String.join(",", nul, "正定县空字符有限公司", ZHENGDING + "\u0000", "正定县测试路1号", "工贸", "20", "蓝") + "\n"
                + row(bell, "正定县响铃\u0007有限公司", "工贸", "蓝")
                + String.join(",", bidi, "正定县方向有限公司", ZHENGDING, "正定县\u202e号1路试测", "工贸", "20", "蓝") + "\n";

        Http.Response r = upload("控制字符.csv", csv.getBytes(StandardCharsets.UTF_8));

        String page = expect(r, 200).body();
        assertThat(Html.byId(page, "import-rejected")).isEqualTo("共 4 行数据（表格第 2 行至第 5 行），其中 3 行有误，未导入任何数据。请修改后重新上传。");
        List<List<String>> report = Html.rows(page);
        assertThat(report).extracting(row -> row.get(0)).containsExactly("第 3 行", "第 4 行", "第 5 行");
        assertThat(report.get(0).get(2)).isEqualTo("行政区划代码： 含有不允许的控制字符。");
        assertThat(report.get(1).get(2)).isEqualTo("企业名称： 含有不允许的控制字符。");
        assertThat(report.get(2).get(2)).isEqualTo("地址： 含有不允许的控制字符。");
        for (String code : List.of(good, nul, bell, bidi)) {
            assertNotRegistered(code);
        }
    }

    @Test
    void a_control_character_in_an_xlsx_cell_is_a_problem_of_its_row_and_field() throws IOException {
        String code = Demo.newCreditCode(ZHENGDING);
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("企业");
            String[] header = HEADER.strip().split(",");
            // a workbook keeps a control character as _xHHHH_, as Excel writes it (POI would write a raw one as "?")
            String[] values = {"_x001B_" + code, "正定县表格转义有限公司", ZHENGDING, "正定县表格路1号", "工贸", "20", "蓝"};
            Row h = sheet.createRow(0);
            Row v = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                v.createCell(i).setCellValue(values[i]);
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }

        Http.Response r = upload("控制字符.xlsx", xlsx);

        List<List<String>> report = Html.rows(expect(r, 200).body());
        assertThat(report).hasSize(1);
        assertThat(report.get(0).get(0)).isEqualTo("第 2 行");
        assertThat(report.get(0).get(2)).isEqualTo("统一社会信用代码： 含有不允许的控制字符。");
        assertNotRegistered(code);
    }

    private Http.Response upload(String filename, byte[] content) {
        return browser("zd-inspector").upload("/enterprises/import", "file", filename, "application/octet-stream",
                content);
    }

    private static String row(String code, String name, String sector, String risk) {
        return String.join(",", code, name, ZHENGDING, "河北省石家庄市正定县编码路1号", sector, "20", risk) + "\n";
    }

    private JsonNode only(String code) {
        JsonNode page = api("zd-inspector").getJson("/api/v1/enterprises?q=" + code);
        assertThat(page.path("items").size()).as("enterprises with code %s", code).isEqualTo(1);
        return page.path("items").get(0);
    }

    private void assertNotRegistered(String code) {
        assertThat(api("admin").getJson("/api/v1/enterprises?q=" + code).path("items").size())
                .as("enterprises with code %s", code).isZero();
    }
}
