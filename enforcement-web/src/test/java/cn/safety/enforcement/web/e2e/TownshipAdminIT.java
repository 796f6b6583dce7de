package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorFields;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 乡镇/街道 kept by admins: those whose area holds the county add and rename them over the API and on the page; a county
 * beside, another province and a non-admin are refused and nothing changes; a name the county has already is refused
 * next to the field, and a rename on an old version is refused rather than overwriting.
 */
class TownshipAdminIT extends EndToEndIT {

    private static Map<String, Object> township(String county, String name, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("countyCode", county);
        body.put("name", name);
        body.put("kind", kind);
        return body;
    }

    private static Map<String, Object> renaming(String name, String kind, Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("version", version);
        return body;
    }

    private String admin(String prefix, String division) {
        String username = uniqueUsername(prefix);
        openAccount(username, PASSWORD, division, "ADMIN");
        return username;
    }

    private List<String> namesIn(String county) {
        return api("zd-inspector").getJson("/api/v1/townships?divisionCode=" + county).values().stream()
                .map(t -> text(t, "name")).toList();
    }

    private static String unique(String stem) {
        return stem + Long.toString(System.nanoTime(), 36).substring(6);
    }

    @Test
    void a_county_admin_adds_a_township_and_renames_it_with_its_kind_when_a_township_becomes_a_town() {
        String countyAdmin = admin("zd-admin", ZHENGDING);
        String name = unique("测试乡");

        JsonNode created = expect(api(countyAdmin).post("/api/v1/townships",
                Http.json(township(ZHENGDING, name, "TOWNSHIP"))), 201).json();
        assertThat(text(created, "name")).isEqualTo(name);
        assertThat(text(created, "kind")).isEqualTo("TOWNSHIP");
        assertThat(text(created, "divisionCode")).isEqualTo(ZHENGDING);
        assertThat(created.path("version").asLong()).isZero();
        assertThat(namesIn(ZHENGDING)).contains(name);

        String town = name.replace("乡", "镇");
        JsonNode renamed = expect(api(countyAdmin).put("/api/v1/townships/" + created.path("id").asLong(),
                Http.json(renaming(town, "TOWN", 0L))), 200).json();
        assertThat(text(renamed, "name")).isEqualTo(town);
        assertThat(text(renamed, "kind")).isEqualTo("TOWN");
        assertThat(renamed.path("version").asLong()).isEqualTo(1);
        assertThat(namesIn(ZHENGDING)).contains(town).doesNotContain(name);
    }

    @Test
    void the_city_and_the_province_keep_the_townships_of_their_counties() {
        String cityAdmin = admin("sjz-admin", SHIJIAZHUANG);
        expect(api(cityAdmin).post("/api/v1/townships",
                Http.json(township(XINGTANG, unique("市局新增镇"), "TOWN"))), 201);
        expect(api("admin").post("/api/v1/townships",
                Http.json(township(XINGTANG, unique("省厅新增街道"), "SUBDISTRICT"))), 201);
    }

    @Test
    void a_county_beside_another_province_and_a_non_admin_are_refused_and_nothing_changes() {
        String besideAdmin = admin("xt-admin", XINGTANG);
        String name = unique("越权镇");
        long zhufutun = api("zd-inspector").getJson("/api/v1/townships?divisionCode=" + ZHENGDING).values().stream()
                .filter(t -> "诸福屯镇".equals(text(t, "name"))).findFirst().orElseThrow().path("id").asLong();

        problem(api(besideAdmin).post("/api/v1/townships", Http.json(township(ZHENGDING, name, "TOWN"))), 404);
        problem(api("tj-admin").post("/api/v1/townships", Http.json(township(ZHENGDING, name, "TOWN"))), 404);
        problem(api("zd-inspector").post("/api/v1/townships", Http.json(township(ZHENGDING, name, "TOWN"))), 403);
        problem(api(besideAdmin).put("/api/v1/townships/" + zhufutun, Http.json(renaming(name, null, 0L))), 404);
        problem(api("tj-admin").put("/api/v1/townships/" + zhufutun, Http.json(renaming(name, null, 0L))), 404);
        problem(api("zd-chief").put("/api/v1/townships/" + zhufutun, Http.json(renaming(name, null, 0L))), 403);

        assertThat(namesIn(ZHENGDING)).contains("诸福屯镇").doesNotContain(name);
        // the pages too: the county beside is not found, a non-admin is forbidden
        expect(browser(besideAdmin).get("/admin/townships?county=" + ZHENGDING), 404);
        expect(browser("tj-admin").get("/admin/townships?county=" + ZHENGDING), 404);
        expect(browser("zd-inspector").get("/admin/townships?county=" + ZHENGDING), 403);
        Http.Browser beside = browser(besideAdmin);
        beside.page("/admin/townships?county=" + XINGTANG);
        expect(beside.submit("/admin/townships", Http.Form.of("divisionCode", ZHENGDING, "name", name,
                "kind", "TOWN")), 404);
        assertThat(namesIn(ZHENGDING)).doesNotContain(name);
    }

    @Test
    void a_name_the_county_has_already_is_refused_on_the_name_field_but_another_county_may_use_it() {
        JsonNode refused = problem(api("admin").post("/api/v1/townships",
                Http.json(township(ZHENGDING, " 诸福屯镇 ", "TOWN"))), 400);

        assertThat(errorFields(refused)).containsExactly("name");
        assertThat(errorsFor(refused, "name")).singleElement().asString()
                .isEqualTo("本县级行政区已有名为“诸福屯镇”的乡镇（街道），同一县级行政区内名称不能重复。");
        assertThat(namesIn(ZHENGDING).stream().filter("诸福屯镇"::equals)).hasSize(1);

        String shared = unique("同名镇");
        expect(api("admin").post("/api/v1/townships", Http.json(township(ZHENGDING, shared, "TOWN"))), 201);
        expect(api("admin").post("/api/v1/townships", Http.json(township(XINGTANG, shared, "TOWN"))), 201);
        // renaming onto a name the county has is refused as well
        long id = api("admin").getJson("/api/v1/townships?divisionCode=" + ZHENGDING).values().stream()
                .filter(t -> shared.equals(text(t, "name"))).findFirst().orElseThrow().path("id").asLong();
        JsonNode renamed = problem(api("admin").put("/api/v1/townships/" + id,
                Http.json(renaming("新城铺镇", null, 0L))), 400);
        assertThat(errorFields(renamed)).containsExactly("name");
    }

    @Test
    void the_page_shows_the_duplicate_refusal_next_to_the_name_and_keeps_what_was_typed() {
        Http.Browser admin = browser("admin");
        String page = admin.page("/admin/townships?county=" + ZHENGDING);
        assertThat(page).contains("诸福屯镇", "新城铺镇", "正定高新技术产业开发区");

        Http.Response refused = admin.submit("/admin/townships", Http.Form.of("divisionCode", ZHENGDING,
                "name", "新城铺镇", "kind", "TOWN", "code", ""));

        assertThat(refused.status()).isEqualTo(200);
        String form = refused.body().substring(refused.body().indexOf("id=\"township-form\""));
        assertThat(form).containsPattern("id=\"name\"[^>]*value=\"新城铺镇\"");
        assertThat(form).contains("<p class=\"field-error\">本县级行政区已有名为“新城铺镇”的乡镇（街道）");

        String added = unique("页面新增街道");
        Http.Response ok = admin.submit("/admin/townships", Http.Form.of("divisionCode", ZHENGDING,
                "name", added, "kind", "SUBDISTRICT", "code", ""));
        assertThat(ok.location()).isEqualTo("/admin/townships?county=" + ZHENGDING);
        assertThat(admin.follow(ok).body()).contains("已新增乡镇（街道）：" + added);
    }

    @Test
    void a_rename_on_an_old_version_is_refused_and_the_newer_name_stays() {
        String name = unique("版本镇");
        long id = expect(api("admin").post("/api/v1/townships", Http.json(township(ZHENGDING, name, "TOWN"))), 201)
                .json().path("id").asLong();
        expect(api("admin").put("/api/v1/townships/" + id, Http.json(renaming(name + "甲", null, 0L))), 200);

        problem(api("admin").put("/api/v1/townships/" + id, Http.json(renaming(name + "乙", null, 0L))), 409);
        Http.Browser admin = browser("admin");
        admin.page("/admin/townships?county=" + ZHENGDING);
        Http.Response stale = admin.submit("/admin/townships/" + id + "/rename", Http.Form.of("divisionCode",
                ZHENGDING, "name", name + "丙", "kind", "TOWN", "version", "0"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("class=\"field-error\"").contains("已被他人修改");

        assertThat(namesIn(ZHENGDING)).contains(name + "甲").doesNotContain(name + "乙", name + "丙");
        JsonNode noVersion = problem(api("admin").put("/api/v1/townships/" + id,
                Http.json(renaming(name + "丁", null, null))), 400);
        assertThat(errorFields(noVersion)).containsExactly("version");
    }

    @Test
    void bad_input_is_refused_on_its_field_with_the_allowed_values() {
        JsonNode kind = problem(api("admin").post("/api/v1/townships",
                Http.json(township(ZHENGDING, unique("类别镇"), "VILLAGE"))), 400);
        assertThat(errorsFor(kind, "kind")).singleElement().asString().contains("TOWN", "SUBDISTRICT", "ZONE");
        JsonNode blank = problem(api("admin").post("/api/v1/townships", Http.json(township(ZHENGDING, " ", "TOWN"))),
                400);
        assertThat(errorFields(blank)).containsExactly("name");
        Map<String, Object> badCode = township(ZHENGDING, unique("代码镇"), "TOWN");
        badCode.put("code", "130124001");
        assertThat(errorFields(problem(api("admin").post("/api/v1/townships", Http.json(badCode)), 400)))
                .containsExactly("code");
        JsonNode city = problem(api("admin").post("/api/v1/townships",
                Http.json(township(SHIJIAZHUANG, unique("市级镇"), "TOWN"))), 400);
        assertThat(errorFields(city)).containsExactly("divisionCode");
        JsonNode none = problem(api("admin").post("/api/v1/townships", Http.json(township(null, "某镇", "TOWN"))), 400);
        assertThat(errorFields(none)).containsExactly("divisionCode");
    }
}
