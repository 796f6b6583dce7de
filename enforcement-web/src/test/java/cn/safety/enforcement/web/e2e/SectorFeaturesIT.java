package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorFields;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 涉爆粉尘, 涉氨制冷, 有限空间作业 and 涉高温熔融金属 are features of 工贸 enterprises: the API takes them as {@code features}
 * and still reads the former sector codes, the list filters by feature, and the files (import and export) carry them in
 * a 特征 column.
 */
class SectorFeaturesIT extends EndToEndIT {

    private static String features(JsonNode enterprise) {
        return enterprise.path("features").toString();
    }

    private Http.Response register(String username, Map<String, Object> body) {
        return api(username).post("/api/v1/enterprises", Http.json(body));
    }

    private static Map<String, Object> body(String name, Object sector, Object features) {
        Map<String, Object> body = Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, name);
        body.put("sector", sector);
        if (features != null) {
            body.put("features", features);
        }
        return body;
    }

    @Test
    void a_former_sector_code_is_accepted_and_stored_as_industry_and_trade_with_its_feature() {
        JsonNode created = expect(register("zd-inspector", body("正定县旧代码粉尘测试有限公司", "COMBUSTIBLE_DUST", null)),
                201).json();

        assertThat(text(created, "sector")).isEqualTo("INDUSTRY_TRADE");
        assertThat(features(created)).isEqualTo("[\"COMBUSTIBLE_DUST\"]");
        JsonNode read = api("zd-inspector").getJson("/api/v1/enterprises/" + created.path("id").asLong());
        assertThat(text(read, "sector")).isEqualTo("INDUSTRY_TRADE");
        assertThat(features(read)).isEqualTo("[\"COMBUSTIBLE_DUST\"]");
    }

    @Test
    void features_round_trip_in_their_usual_order_and_a_former_code_adds_its_own() {
        JsonNode created = expect(register("zd-inspector", body("正定县多特征测试有限公司", "CONFINED_SPACE",
                List.of("MOLTEN_METAL", "AMMONIA_REFRIGERATION"))), 201).json();

        JsonNode read = api("zd-inspector").getJson("/api/v1/enterprises/" + created.path("id").asLong());
        assertThat(features(read)).isEqualTo("[\"AMMONIA_REFRIGERATION\",\"CONFINED_SPACE\",\"MOLTEN_METAL\"]");
        JsonNode plain = expect(register("zd-inspector", body("正定县无特征测试有限公司", "MINING", null)), 201).json();
        assertThat(features(plain)).isEqualTo("[]");
    }

    @Test
    void an_unknown_feature_is_a_problem_naming_the_features_field_and_nothing_is_saved() {
        Map<String, Object> body = body("正定县错误特征测试有限公司", "INDUSTRY_TRADE", List.of("CONFINED_SPACE", "DUST"));

        JsonNode p = problem(register("zd-inspector", body), 400);

        assertThat(errorFields(p)).containsExactly("features");
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?q=" + body.get("creditCode"))
                .path("items").size()).isZero();
    }

    @Test
    void features_outside_industry_and_trade_and_an_unknown_sector_code_are_refused_on_their_fields() {
        JsonNode chemicals = problem(register("zd-inspector", body("正定县化工特征测试有限公司", "HAZARDOUS_CHEMICALS",
                List.of("CONFINED_SPACE"))), 400);
        assertThat(errorFields(chemicals)).containsExactly("features");
        assertThat(chemicals.path("errors").get(0).path("message").asText()).contains("只有工贸");

        JsonNode unknown = problem(register("zd-inspector", body("正定县未知行业测试有限公司", "SPACE_MINING", null)), 400);
        assertThat(errorFields(unknown)).containsExactly("sector");
    }

    @Test
    void the_list_filters_by_feature_and_reads_a_former_sector_code_as_that_feature_within_the_scope() {
        JsonNode dust = expect(register("zd-inspector", body("正定县筛选粉尘测试有限公司", "INDUSTRY_TRADE",
                List.of("COMBUSTIBLE_DUST"))), 201).json();
        JsonNode ammonia = expect(register("zd-inspector", body("正定县筛选液氨测试有限公司", "INDUSTRY_TRADE",
                List.of("AMMONIA_REFRIGERATION"))), 201).json();

        List<JsonNode> byFeature = ApiJurisdictionIT.allPages(api("zd-inspector"), "size=200&feature=COMBUSTIBLE_DUST",
                20);
        List<JsonNode> byFormerCode = ApiJurisdictionIT.allPages(api("zd-inspector"),
                "size=200&sector=COMBUSTIBLE_DUST", 20);

        assertThat(byFeature).extracting(e -> text(e, "creditCode")).contains(text(dust, "creditCode"))
                .doesNotContain(text(ammonia, "creditCode"));
        assertThat(byFeature).allSatisfy(e -> assertThat(features(e)).contains("COMBUSTIBLE_DUST"))
                .allSatisfy(e -> assertThat(text(e, "divisionCode")).isEqualTo(ZHENGDING));
        assertThat(byFormerCode).extracting(e -> text(e, "creditCode"))
                .containsExactlyElementsOf(byFeature.stream().map(e -> text(e, "creditCode")).toList());
        // 天津 sees none of 正定's dust enterprises
        assertThat(ApiJurisdictionIT.allPages(api("tj-admin"), "size=200&feature=COMBUSTIBLE_DUST", 20))
                .extracting(e -> text(e, "creditCode")).doesNotContain(text(dust, "creditCode"));
        JsonNode badSector = problem(api("zd-inspector").get("/api/v1/enterprises?sector=DUST"), 400);
        assertThat(errorFields(badSector)).containsExactly("sector");
        JsonNode badFeature = problem(api("zd-inspector").get("/api/v1/enterprises?feature=DUST"), 400);
        assertThat(errorFields(badFeature)).containsExactly("feature");
    }

    @Test
    void the_list_page_filters_by_feature_and_shows_the_features_of_each_row() {
        JsonNode dust = expect(register("zd-inspector", body("正定县页面粉尘测试有限公司", "INDUSTRY_TRADE",
                List.of("COMBUSTIBLE_DUST", "CONFINED_SPACE"))), 201).json();

        String page = expect(browser("zd-inspector").get("/enterprises?feature=COMBUSTIBLE_DUST&q="
                + text(dust, "creditCode")), 200).body();

        List<List<String>> rows = Html.rows(page);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(3)).contains("工贸", "涉爆粉尘", "有限空间作业");
        String none = expect(browser("zd-inspector").get("/enterprises?feature=MOLTEN_METAL&q="
                + text(dust, "creditCode")), 200).body();
        assertThat(Html.rows(none)).isEmpty();
    }

    @Test
    void an_import_reads_the_features_column_and_former_sector_names_and_names_an_unknown_feature()
            throws IOException {
        String withFeatures = Demo.newCreditCode(ZHENGDING);
        String formerName = Demo.newCreditCode(ZHENGDING);
        String csv = "统一社会信用代码,企业名称,行政区划代码,地址,行业领域,特征,从业人员数,安全风险等级\n"
                + withFeatures + ",正定县特征导入测试有限公司," + ZHENGDING + ",正定县测试路1号,工贸,\"涉爆粉尘、有限空间\",40,黄\n"
                + formerName + ",正定县旧行业导入测试有限公司," + ZHENGDING + ",正定县测试路2号,涉爆粉尘,,12,蓝\n";
        Http.Response r = browser("zd-inspector").upload("/enterprises/import", "file", "特征.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        expect(r, 200);
        assertThat(Html.byId(r.body(), "import-done")).isEqualTo("已导入 2 家企业。");

        JsonNode first = api("zd-inspector").getJson("/api/v1/enterprises?q=" + withFeatures).path("items").get(0);
        assertThat(text(first, "sector")).isEqualTo("INDUSTRY_TRADE");
        assertThat(features(first)).isEqualTo("[\"COMBUSTIBLE_DUST\",\"CONFINED_SPACE\"]");
        JsonNode second = api("zd-inspector").getJson("/api/v1/enterprises?q=" + formerName).path("items").get(0);
        assertThat(text(second, "sector")).isEqualTo("INDUSTRY_TRADE");
        assertThat(features(second)).isEqualTo("[\"COMBUSTIBLE_DUST\"]");

        String bad = Demo.newCreditCode(ZHENGDING);
        String badCsv = "统一社会信用代码,企业名称,行政区划代码,地址,行业领域,特征,从业人员数,安全风险等级\n"
                + bad + ",正定县错误特征导入有限公司," + ZHENGDING + ",正定县测试路3号,工贸,会飞,40,黄\n";
        Http.Response refused = browser("zd-inspector").upload("/enterprises/import", "file", "错特征.csv",
                "text/csv", badCsv.getBytes(StandardCharsets.UTF_8));
        expect(refused, 200);
        assertThat(Html.textOf(refused.body())).contains("特征", "无法识别的取值“会飞”");
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?q=" + bad).path("items").size()).isZero();
    }

    @Test
    void the_exports_carry_the_features_in_words_in_the_features_column() throws IOException {
        JsonNode created = expect(register("zd-inspector", body("正定县导出特征测试有限公司", "INDUSTRY_TRADE",
                List.of("AMMONIA_REFRIGERATION", "CONFINED_SPACE"))), 201).json();
        String code = text(created, "creditCode");

        List<List<String>> csv = CsvExportIT.csv(expect(browser("zd-inspector").get(
                "/enterprises/export.csv?feature=AMMONIA_REFRIGERATION&q=" + code), 200));
        List<List<String>> api = CsvExportIT.csv(expect(api("zd-inspector").get(
                "/api/v1/enterprises/export.csv?sector=AMMONIA_REFRIGERATION&q=" + code), 200));

        for (List<List<String>> file : List.of(csv, api)) {
            assertThat(file.get(0).subList(5, 7)).containsExactly("行业领域", "特征");
            assertThat(file).hasSize(2);
            assertThat(file.get(1).get(0)).isEqualTo(code);
            assertThat(file.get(1).subList(5, 7)).containsExactly("工贸", "涉氨制冷、有限空间作业");
        }
    }
}
