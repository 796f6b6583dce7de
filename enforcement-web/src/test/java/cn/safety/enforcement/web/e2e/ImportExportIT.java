package cn.safety.enforcement.web.e2e;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Bulk import (all or nothing, into the importer's own department) and the XLSX export of what the user may see. */
class ImportExportIT extends EndToEndIT {

    private static final String HEADER = "统一社会信用代码,企业名称,行政区划代码,地址,行业领域,从业人员数,安全风险等级";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Three digits that set this run's serial credit codes apart from those of any other run. */
    private static final String RUN = String.format("%03d", new java.util.Random().nextInt(1000));

    // ---- import ----

    @Test
    void one_bad_row_rejects_the_whole_file_and_the_page_lists_its_line_and_problem() {
        String good = Demo.newCreditCode(ZHENGDING);
        String bad = Demo.withWrongCheckCharacter(Demo.newCreditCode(ZHENGDING));
        String csv = HEADER + "\n"
                + row(good, "正定县导入好行测试有限公司", ZHENGDING, "工贸", "20", "蓝")
                + row(bad, "正定县导入坏行测试有限公司", ZHENGDING, "工贸", "20", "蓝");
        Http.Response r = upload("zd-inspector", "企业.csv", csv.getBytes(StandardCharsets.UTF_8));
        expect(r, 200);
        String page = r.body();
        assertThat(Html.byId(page, "import-rejected")).isEqualTo("共 2 行数据（表格第 2 行至第 3 行），其中 1 行有误，未导入任何数据。请修改后重新上传。");
        assertThat(page).doesNotContain("id=\"import-done\"");
        List<List<String>> report = Html.rows(page);
        assertThat(report).hasSize(1);
        assertThat(report.get(0).get(0)).isEqualTo("第 3 行");
        assertThat(report.get(0).get(1)).isEqualTo(bad);
        assertThat(report.get(0).get(2)).contains("统一社会信用代码", "校验码不正确");
        assertNotRegistered(good);
        assertNotRegistered(bad);
    }

    @Test
    void every_problem_of_a_row_is_listed_including_a_location_outside_the_county_and_a_known_code() {
        String existing = text(demo().createEnterprise("zd-inspector", ZHENGDING), "creditCode");
        String outside = Demo.newCreditCode(XINGTANG);
        String unknownValues = Demo.newCreditCode(ZHENGDING);
        String csv = HEADER + "\n"
                + row(existing, "已登记企业", ZHENGDING, "工贸", "20", "蓝")
                + row(outside, "行唐县导入测试有限公司", XINGTANG, "工贸", "20", "蓝")
                + row(unknownValues, "取值测试有限公司", ZHENGDING, "太空采矿", "二十", "紫");
        Http.Response r = upload("zd-inspector", "problems.csv", csv.getBytes(StandardCharsets.UTF_8));
        expect(r, 200);
        List<List<String>> report = Html.rows(r.body());
        assertThat(report).extracting(row -> row.get(0)).containsExactly("第 2 行", "第 3 行", "第 4 行");
        assertThat(report.get(0).get(2)).contains("该统一社会信用代码已登记。");
        assertThat(report.get(1).get(2)).contains("行政区划代码", "该地点不在本执法主体的辖区内。");
        assertThat(report.get(2).get(2)).contains("行业领域", "无法识别的取值“太空采矿”", "从业人员数", "应为整数，实际为“二十”",
                "安全风险等级", "无法识别的取值“紫”");
        assertNotRegistered(outside);
        assertNotRegistered(unknownValues);
    }

    @Test
    void a_fully_good_file_imports_every_row_into_the_importers_department() {
        String first = Demo.newCreditCode(ZHENGDING);
        String second = Demo.newCreditCode(ZHENGDING);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String csv = HEADER + ",企业规模,生产经营状态\n"
                + row(first, "正定县批量导入一号有限公司", ZHENGDING, "危险化学品", "120", "橙", "小型", "正常生产")
                + row(second, "正定县批量导入二号有限公司", ZHENGDING, "建筑施工", "15", "黄", "微型", "停产整顿");
        Http.Response r = upload("zd-inspector", "good.csv", concat(bom, csv.getBytes(StandardCharsets.UTF_8)));
        expect(r, 200);
        assertThat(Html.byId(r.body(), "import-done")).isEqualTo("已导入 2 家企业。");
        JsonNode one = only("zd-inspector", first);
        assertThat(text(one, "name")).isEqualTo("正定县批量导入一号有限公司");
        assertThat(text(one, "sector")).isEqualTo("HAZARDOUS_CHEMICALS");
        assertThat(text(one, "riskGrade")).isEqualTo("ORANGE");
        assertThat(text(one, "scale")).isEqualTo("SMALL");
        assertThat(one.path("employees").asInt()).isEqualTo(120);
        assertThat(text(one.path("department"), "name")).isEqualTo(ZHENGDING_DEPARTMENT);
        JsonNode two = only("zd-inspector", second);
        assertThat(text(two, "status")).isEqualTo("SUSPENDED");
        assertThat(text(two, "riskGrade")).isEqualTo("YELLOW");
    }

    @Test
    void a_gbk_encoded_file_as_excel_saves_it_on_chinese_windows_is_read_correctly() {
        String code = Demo.newCreditCode(ZHENGDING);
        String csv = HEADER + "\r\n" + row(code, "正定县国标编码导入测试有限公司", ZHENGDING, "涉氨制冷", "33", "红");
        Http.Response r = upload("zd-inspector", "国标.csv", csv.getBytes(Charset.forName("GBK")));
        expect(r, 200);
        assertThat(Html.byId(r.body(), "import-done")).isEqualTo("已导入 1 家企业。");
        JsonNode e = only("zd-inspector", code);
        assertThat(text(e, "name")).isEqualTo("正定县国标编码导入测试有限公司");
        // 涉氨制冷 was a sector: a file kept since imports it as 工贸 with that feature
        assertThat(text(e, "sector")).isEqualTo("INDUSTRY_TRADE");
        assertThat(e.get("features").toString()).isEqualTo("[\"AMMONIA_REFRIGERATION\"]");
        assertThat(text(e, "riskGrade")).isEqualTo("RED");
    }

    @Test
    void an_xlsx_file_imports_too_and_a_city_supervisor_imports_into_the_city_department() throws IOException {
        String code = Demo.newCreditCode(ZHENGDING);
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("企业");
            String[] header = HEADER.split(",");
            String[] values = {code, "市局表格导入测试有限公司", ZHENGDING, "正定县表格路3号", "工贸", null, "蓝"};
            Row h = sheet.createRow(0);
            Row v = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                if (values[i] != null) {
                    v.createCell(i).setCellValue(values[i]);
                } else {
                    v.createCell(i).setCellValue(48);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        Http.Response r = upload("sjz-supervisor", "企业.xlsx", xlsx);
        expect(r, 200);
        assertThat(Html.byId(r.body(), "import-done")).isEqualTo("已导入 1 家企业。");
        JsonNode e = only("sjz-supervisor", code);
        assertThat(text(e.path("department"), "name")).isEqualTo(SHIJIAZHUANG_DEPARTMENT);
        assertThat(e.path("employees").asInt()).isEqualTo(48);
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?q=" + code).path("items").size()).isZero();
    }

    @Test
    void a_file_of_another_type_or_without_the_required_columns_is_refused_beside_the_file_field() {
        Http.Response txt = upload("zd-inspector", "企业.txt", "hello".getBytes(StandardCharsets.UTF_8));
        expect(txt, 200);
        assertThat(Html.byId(txt.body(), "file-error")).isEqualTo("只支持 .xlsx 和 .csv 文件。");
        String code = Demo.newCreditCode(ZHENGDING);
        Http.Response columns = upload("zd-inspector", "少列.csv",
                ("统一社会信用代码,企业名称\n" + code + ",缺列测试\n").getBytes(StandardCharsets.UTF_8));
        expect(columns, 200);
        assertThat(Html.byId(columns.body(), "file-error")).startsWith("缺少必需的列：")
                .contains("行政区划代码", "地址", "行业领域", "从业人员数", "安全风险等级");
        assertNotRegistered(code);
        Http.Response empty = upload("zd-inspector", "空.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(Html.byId(expect(empty, 200).body(), "file-error")).isEqualTo("文件中没有数据行。");
    }

    @Test
    void a_file_of_more_than_twenty_thousand_bad_rows_is_read_to_its_end_the_page_shows_the_first_hundred_and_only_the_importer_downloads_them_all()
            throws IOException {
        int count = 20_001;
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String first = null;
        for (int i = 0; i < count; i++) {
            // located in 行唐县: outside 正定县, so every row is refused on its own line
            String code = serialCreditCode(XINGTANG, i);
            first = first == null ? code : first;
            csv.append(row(code, "行唐县批量越权导入" + i + "有限公司", XINGTANG, "工贸", "20", "蓝"));
        }
        Http.Browser zd = browser("zd-inspector");
        Http.Response r = zd.upload("/enterprises/import", "file", "越权.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        expect(r, 200);
        String page = r.body();
        assertThat(Html.byId(page, "import-rejected")).isEqualTo("共 20,001 行数据（表格第 2 行至第 20,002 行），其中 20,001 行有误，未导入任何数据。请修改后重新上传。");
        assertThat(Html.byId(page, "import-shown")).contains("前 100 行", "共 20,001 行有误");
        List<List<String>> shown = Html.rows(page);
        assertThat(shown).hasSize(100);
        assertThat(shown.get(0).get(0)).isEqualTo("第 2 行");
        assertThat(shown.get(99).get(0)).isEqualTo("第 101 行");
        assertNotRegistered(first);

        String link = Html.attributeById(page, "import-report-download", "href");
        assertThat(link).startsWith("/enterprises/import/reports/");
        Http.Response download = expect(zd.get(link), 200);
        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(download.header("Content-Disposition")).hasValueSatisfying(h -> assertThat(h).startsWith("attachment"));
        List<List<String>> report = csv(download.bytes());
        assertThat(report.get(0)).containsExactly("行号", "统一社会信用代码", "字段", "取值", "问题");
        assertThat(report.subList(1, report.size())).hasSize(count)
                .allSatisfy(line -> assertThat(line.subList(2, 5))
                        .containsExactly("行政区划代码", XINGTANG, "该地点不在本执法主体的辖区内。"));
        assertThat(report.get(1).subList(0, 2)).containsExactly("2", first);
        assertThat(report.get(count).get(0)).isEqualTo(String.valueOf(count + 1));
        // the report is the importer's own: a colleague of the same department does not find it
        expect(browser("zd-inspector2").get(link), 404);
        expect(browser("tj-admin").get(link), 404);
    }

    @Test
    void an_upload_without_the_csrf_token_is_refused_with_403() {
        Http.Browser zd = browser("zd-inspector");
        String code = Demo.newCreditCode(ZHENGDING);
        String boundary = "x-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + HEADER + "\n" + row(code, "无令牌导入", ZHENGDING, "工贸", "5", "蓝")
                + "\r\n--" + boundary + "--\r\n";
        Http.Response r = rawMultipart(zd, boundary, body);
        expect(r, 403);
        assertNotRegistered(code);
    }

    // ---- export ----

    @Test
    void a_county_inspector_exports_only_zhengding_rows() throws IOException {
        Http.Response r = browser("zd-inspector").get("/enterprises/export.xlsx");
        expect(r, 200);
        assertThat(r.contentType()).startsWith(XLSX);
        assertThat(r.header("Content-Disposition")).hasValueSatisfying(h -> assertThat(h).startsWith("attachment"));
        List<List<String>> rows = sheet(r.bytes());
        assertThat(rows.get(0)).startsWith("统一社会信用代码", "企业名称", "行政区划代码").endsWith("执法主体", "乡镇（街道）");
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(12)).isEqualTo(ZHENGDING_DEPARTMENT);
            assertThat(row.get(2)).isEqualTo(ZHENGDING);
        });
        List<String> api = ApiJurisdictionIT.allPages(api("zd-inspector"), "size=200", 10).stream()
                .map(e -> text(e, "creditCode")).toList();
        assertThat(data).extracting(row -> row.get(0)).containsExactlyInAnyOrderElementsOf(api);
    }

    @Test
    void a_city_supervisors_export_stays_in_the_city_and_its_filters_never_widen_it() throws IOException {
        Http.Browser sjz = browser("sjz-supervisor");
        List<List<String>> all = sheet(expect(sjz.get("/enterprises/export.xlsx"), 200).bytes());
        List<List<String>> data = all.subList(1, all.size());
        assertThat(data).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(2)).startsWith("1301");
            assertThat(row.get(12)).isNotEqualTo(Demo.HEBEI_DEPARTMENT).endsWith("应急管理局");
        });
        assertThat(data).extracting(row -> row.get(12)).contains(SHIJIAZHUANG_DEPARTMENT, ZHENGDING_DEPARTMENT);
        List<List<String>> county = sheet(expect(sjz.get("/enterprises/export.xlsx?departmentId="
                + demo().departmentId(ZHENGDING)), 200).bytes());
        assertThat(county.subList(1, county.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(12)).isEqualTo(ZHENGDING_DEPARTMENT));
        List<List<String>> province = sheet(expect(sjz.get("/enterprises/export.xlsx?departmentId="
                + demo().departmentId(Demo.HEBEI)), 200).bytes());
        assertThat(province).hasSize(1);
        List<List<String>> tianjin = sheet(expect(sjz.get("/enterprises/export.xlsx?divisionCode=120000"), 200)
                .bytes());
        assertThat(tianjin).hasSize(1);
    }

    @Test
    void a_tianjin_admins_export_holds_only_tianjin_rows() throws IOException {
        List<List<String>> rows = sheet(expect(browser("tj-admin").get("/enterprises/export.xlsx"), 200).bytes());
        assertThat(rows.subList(1, rows.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(2)).startsWith("12"));
    }

    // ---- helpers ----

    private Http.Response upload(String username, String filename, byte[] content) {
        return browser(username).upload("/enterprises/import", "file", filename, "application/octet-stream", content);
    }

    private static Http.Response rawMultipart(Http.Browser browser, String boundary, String body) {
        return browser.postRaw("/enterprises/import", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String code, String name, String division, String sector, String employees,
                              String risk, String... more) {
        StringBuilder sb = new StringBuilder(String.join(",", code, name, division, "河北省石家庄市正定县导入路1号", sector,
                employees, risk));
        for (String m : more) {
            sb.append(',').append(m);
        }
        return sb.append('\n').toString();
    }

    /** The {@code serial}-th of a run of valid credit codes registered in {@code divisionCode}, unique in this run. */
    private static String serialCreditCode(String divisionCode, int serial) {
        String first17 = "91" + divisionCode + RUN + String.format("%06d", serial);
        return first17 + cn.safety.enforcement.domain.enterprise.CreditCode.checkCharacter(first17);
    }

    private static List<List<String>> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> lines = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(text.substring(1),
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            parser.forEach(record -> lines.add(record.toList()));
        }
        return lines;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private JsonNode only(String username, String code) {
        JsonNode page = api(username).getJson("/api/v1/enterprises?q=" + code);
        assertThat(page.path("items").size()).as("enterprises with code %s", code).isEqualTo(1);
        return page.path("items").get(0);
    }

    private void assertNotRegistered(String code) {
        assertThat(api("admin").getJson("/api/v1/enterprises?q=" + code).path("items").size())
                .as("enterprises with code %s", code).isZero();
    }

    private static List<List<String>> sheet(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
