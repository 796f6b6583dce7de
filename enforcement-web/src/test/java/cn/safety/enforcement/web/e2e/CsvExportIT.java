package cn.safety.enforcement.web.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export of the list: every row the user may see under the list's filters and nothing else, streamed, in
 * UTF-8 with a byte-order mark, with the columns of the .xlsx export, and read back by the import.
 */
class CsvExportIT extends EndToEndIT {

    private static final List<String> HEADINGS = List.of("统一社会信用代码", "企业名称", "行政区划代码", "行政区划", "地址",
            "行业领域", "特征", "从业人员数", "安全风险等级", "安全生产标准化等级", "重大危险源数", "生产经营状态", "执法主体",
            "乡镇（街道）");

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_county_inspectors_csv_holds_exactly_the_zhengding_rows_of_the_list() throws IOException {
        Http.Response r = expect(browser("zd-inspector").get("/enterprises/export.csv"), 200);
        assertThat(r.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(r.header("Content-Disposition")).hasValueSatisfying(h -> assertThat(h).startsWith("attachment"));
        assertThat(r.header("Content-Length")).as("streamed, not buffered to the last row").isEmpty();
        assertThat(new byte[]{r.bytes()[0], r.bytes()[1], r.bytes()[2]})
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<List<String>> rows = csv(r);
        assertThat(rows.get(0)).isEqualTo(HEADINGS);
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(2)).isEqualTo(ZHENGDING);
            assertThat(row.get(12)).isEqualTo(ZHENGDING_DEPARTMENT);
        });
        List<String> list = ApiJurisdictionIT.allPages(api("zd-inspector"), "size=200", 50).stream()
                .map(e -> text(e, "creditCode")).toList();
        assertThat(data).extracting(row -> row.get(0)).containsExactlyElementsOf(list);
    }

    @Test
    void a_city_supervisors_csv_stays_in_the_city_and_no_filter_reaches_outside_it() throws IOException {
        Http.Browser sjz = browser("sjz-supervisor");
        List<List<String>> all = data(expect(sjz.get("/enterprises/export.csv"), 200));
        assertThat(all).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(2)).startsWith("1301");
            assertThat(row.get(12)).isNotEqualTo(Demo.HEBEI_DEPARTMENT).endsWith("应急管理局");
        });
        assertThat(all).extracting(row -> row.get(12)).contains(SHIJIAZHUANG_DEPARTMENT, ZHENGDING_DEPARTMENT);

        assertThat(data(expect(sjz.get("/enterprises/export.csv?departmentId=" + demo().departmentId(Demo.HEBEI)),
                200))).isEmpty();
        assertThat(data(expect(sjz.get("/enterprises/export.csv?divisionCode=120000"), 200))).isEmpty();
        assertThat(data(expect(sjz.get("/enterprises/export.csv?divisionCode=130000"), 200)))
                .hasSameSizeAs(all);
    }

    @Test
    void the_filters_of_the_list_apply_to_the_csv() throws IOException {
        JsonNode one = demo().createEnterprise("zd-inspector", ZHENGDING);
        Http.Browser sjz = browser("sjz-supervisor");
        List<List<String>> filtered = data(expect(sjz.get(
                "/enterprises/export.csv?sector=INDUSTRY_TRADE&riskGrade=YELLOW"), 200));
        List<String> listed = ApiJurisdictionIT.allPages(api("sjz-supervisor"),
                "size=200&sector=INDUSTRY_TRADE&riskGrade=YELLOW", 50).stream().map(e -> text(e, "creditCode"))
                .toList();
        assertThat(filtered).extracting(row -> row.get(0)).contains(text(one, "creditCode"))
                .containsExactlyElementsOf(listed);
        assertThat(filtered).allSatisfy(row -> {
            assertThat(row.get(5)).isEqualTo("工贸");
            assertThat(row.get(8)).isEqualTo("黄（一般风险）");
        });

        List<List<String>> county = data(expect(sjz.get("/enterprises/export.csv?departmentId="
                + demo().departmentId(ZHENGDING)), 200));
        assertThat(county).isNotEmpty().allSatisfy(row -> assertThat(row.get(12)).isEqualTo(ZHENGDING_DEPARTMENT));

        List<List<String>> byName = data(expect(sjz.get("/enterprises/export.csv?q=" + text(one, "creditCode")), 200));
        assertThat(byName).extracting(row -> row.get(0)).containsExactly(text(one, "creditCode"));
    }

    @Test
    void the_api_streams_the_same_csv_within_the_callers_scope_and_refuses_a_bad_filter() throws IOException {
        Http.Response tianjin = expect(api("tj-admin").get("/api/v1/enterprises/export.csv"), 200);
        assertThat(tianjin.contentType()).startsWith("text/csv");
        List<List<String>> rows = csv(tianjin);
        assertThat(rows.get(0)).isEqualTo(HEADINGS);
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> assertThat(row.get(2)).startsWith("12"));

        List<List<String>> hebei = data(expect(api("admin").get("/api/v1/enterprises/export.csv"), 200));
        assertThat(hebei).isNotEmpty().allSatisfy(row -> assertThat(row.get(2)).startsWith("13"));
        List<List<String>> zhengding = data(expect(api("zd-inspector").get(
                "/api/v1/enterprises/export.csv?divisionCode=130100"), 200));
        assertThat(zhengding).isNotEmpty().allSatisfy(row -> assertThat(row.get(12)).isEqualTo(ZHENGDING_DEPARTMENT));

        Http.problem(api("zd-inspector").get("/api/v1/enterprises/export.csv?sector=SPACE_MINING"), 400);
    }

    @Test
    void each_export_is_recorded_with_its_format_and_filters() throws IOException {
        long before = exports("zd-inspector");
        data(expect(browser("zd-inspector").get("/enterprises/export.csv?sector=INDUSTRY_TRADE"), 200));
        expect(browser("zd-inspector").get("/enterprises/export.xlsx"), 200);
        assertThat(exports("zd-inspector")).isEqualTo(before + 2);
        String last = jdbc.sql("""
                        SELECT after_state::text FROM audit_entry WHERE username = 'zd-inspector' AND action = 'EnterprisesExported'
                        ORDER BY id DESC LIMIT 1""").query(String.class).single();
        assertThat(last).contains("\"format\": \"XLSX\"");
        String csv = jdbc.sql("""
                        SELECT after_state::text FROM audit_entry WHERE username = 'zd-inspector' AND action = 'EnterprisesExported'
                        ORDER BY id DESC OFFSET 1 LIMIT 1""").query(String.class).single();
        assertThat(csv).contains("\"format\": \"CSV\"", "\"sector\": \"INDUSTRY_TRADE\"");
    }

    @Test
    void an_exported_row_imports_back_with_the_same_values() throws IOException {
        String code = Demo.newCreditCode(ZHENGDING);
        Map<String, Object> body = new LinkedHashMap<>(Demo.enterpriseBody(code, ZHENGDING, "正定县导出回读测试有限公司"));
        body.put("sector", "HAZARDOUS_CHEMICALS");
        body.put("riskGrade", "ORANGE");
        body.put("employees", 150);
        body.put("standardizationGrade", "LEVEL_2");
        body.put("majorHazardSources", 2);
        body.put("status", "RENOVATING");
        body.put("safetyOrganization", true);
        body.put("fullTimeSafetyStaff", 2);
        expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 201);

        Http.Response exported = expect(browser("zd-inspector").get("/enterprises/export.csv?q=" + code), 200);
        String text = new String(exported.bytes(), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(2);
        String copy = Demo.newCreditCode(ZHENGDING);
        byte[] again = text.replace(code, copy).getBytes(StandardCharsets.UTF_8);

        Http.Response imported = browser("zd-inspector").upload("/enterprises/import", "file", "企业档案.csv",
                "text/csv", again);
        assertThat(Html.byId(expect(imported, 200).body(), "import-done")).as("%s", imported.body())
                .isEqualTo("已导入 1 家企业。");
        JsonNode original = only(code);
        JsonNode back = only(copy);
        for (String field : List.of("name", "address", "divisionCode", "sector", "riskGrade", "employees",
                "standardizationGrade", "majorHazardSources", "status")) {
            assertThat(back.path(field)).as(field).isEqualTo(original.path(field));
        }
        assertThat(text(back.path("department"), "name")).isEqualTo(ZHENGDING_DEPARTMENT);
    }

    private long exports(String username) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = ? AND action = 'EnterprisesExported'")
                .param(username).query(Long.class).single();
    }

    private JsonNode only(String code) {
        JsonNode page = api("zd-inspector").getJson("/api/v1/enterprises?q=" + code);
        assertThat(page.path("items").size()).as("enterprises with code %s", code).isEqualTo(1);
        return page.path("items").get(0);
    }

    private static List<List<String>> data(Http.Response r) throws IOException {
        List<List<String>> rows = csv(r);
        assertThat(rows.get(0)).isEqualTo(HEADINGS);
        return rows.subList(1, rows.size());
    }

    static List<List<String>> csv(Http.Response r) throws IOException {
        String text = new String(r.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }
}
