package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/** 指定管辖 over the API and the page: allowed for the common upper department's admin, refused for everyone else. */
class DesignationIT extends EndToEndIT {

    private static Map<String, Object> designation(long departmentId, String reason, String documentNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("departmentId", departmentId);
        body.put("reason", reason);
        body.put("documentNumber", documentNumber);
        return body;
    }

    @Test
    void a_credit_code_registered_by_a_county_beside_is_refused_naming_the_holder_and_the_common_upper_department() {
        JsonNode held = demo().createEnterprise("zd-inspector", ZHENGDING);
        Map<String, Object> body = Demo.enterpriseBody(text(held, "creditCode"), XINGTANG, "行唐县争议企业有限公司");

        JsonNode refused = problem(api("xt-inspector").post("/api/v1/enterprises", Http.json(body)), 400);

        assertThat(errorsFor(refused, "creditCode")).singleElement().asString()
                .contains(ZHENGDING_DEPARTMENT).contains(SHIJIAZHUANG_DEPARTMENT).contains("指定管辖")
                .doesNotContain(Demo.HEBEI_DEPARTMENT);
    }

    @Test
    void a_credit_code_registered_by_a_county_of_another_city_names_the_province_as_the_nearest_common_upper() {
        JsonNode held = demo().createEnterprise("zd-inspector", ZHENGDING);
        String manchengInspector = uniqueUsername("mc-inspector");
        openAccount(manchengInspector, PASSWORD, "130607", "INSPECTOR");
        Map<String, Object> body = Demo.enterpriseBody(text(held, "creditCode"), "130607", "满城区争议企业有限公司");

        JsonNode refused = problem(api(manchengInspector).post("/api/v1/enterprises", Http.json(body)), 400);

        assertThat(errorsFor(refused, "creditCode")).singleElement().asString()
                .contains(ZHENGDING_DEPARTMENT).contains(Demo.HEBEI_DEPARTMENT).contains("指定管辖")
                .doesNotContain(SHIJIAZHUANG_DEPARTMENT);
    }

    @Test
    void the_city_is_told_it_takes_over_from_its_county_and_the_county_that_the_city_above_reassigns() {
        JsonNode heldByCounty = demo().createEnterprise("zd-inspector", ZHENGDING);
        JsonNode byCity = problem(api("sjz-inspector").post("/api/v1/enterprises", Http.json(Demo.enterpriseBody(
                text(heldByCounty, "creditCode"), ZHENGDING, "市局重复登记有限公司"))), 400);
        assertThat(errorsFor(byCity, "creditCode")).singleElement().asString()
                .contains(ZHENGDING_DEPARTMENT).contains("提级管辖").doesNotContain(Demo.HEBEI_DEPARTMENT);

        JsonNode heldByCity = demo().createEnterprise("sjz-inspector", ZHENGDING);
        JsonNode byCounty = problem(api("zd-inspector").post("/api/v1/enterprises", Http.json(Demo.enterpriseBody(
                text(heldByCity, "creditCode"), ZHENGDING, "县局重复登记有限公司"))), 400);
        assertThat(errorsFor(byCounty, "creditCode")).singleElement().asString()
                .contains(SHIJIAZHUANG_DEPARTMENT).contains("调整管辖").doesNotContain(Demo.HEBEI_DEPARTMENT);
    }

    @Test
    void the_province_admin_designates_the_city_and_the_history_shows_reason_and_document_number() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long city = demo().departmentId(SHIJIAZHUANG);

        JsonNode designated = expect(api("admin").post("/api/v1/enterprises/" + id + "/designation",
                Http.json(designation(city, "市县两级对管辖有争议，报省厅指定", "冀应急指〔2026〕7号"))), 200).json();

        assertThat(designated.path("department").path("id").asLong()).isEqualTo(city);
        JsonNode history = api("admin").getJson("/api/v1/enterprises/" + id + "/assignments");
        JsonNode latest = history.get(0);
        assertThat(text(latest, "kind")).isEqualTo("DESIGNATION");
        assertThat(text(latest, "reason")).isEqualTo("市县两级对管辖有争议，报省厅指定");
        assertThat(text(latest, "documentNumber")).isEqualTo("冀应急指〔2026〕7号");
        assertThat(text(latest, "from")).isEqualTo(ZHENGDING_DEPARTMENT);
        assertThat(text(latest, "to")).isEqualTo(SHIJIAZHUANG_DEPARTMENT);
        assertThat(assignments(id)).extracting(Assignment::kind).containsExactly("INITIAL", "DESIGNATION");
        assertThat(auditActions(id)).containsExactly("EnterpriseRegistered", "EnterpriseDesignated");
        // the county that held it now reads it no more
        expect(api("zd-inspector").get("/api/v1/enterprises/" + id), 404);
        expect(api("zd-inspector").get("/api/v1/enterprises/" + id + "/assignments"), 404);
    }

    @Test
    void a_supervisor_of_an_upper_department_is_refused_because_designating_is_for_admins() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);

        JsonNode refused = problem(api("sjz-supervisor").post("/api/v1/enterprises/" + id + "/designation",
                Http.json(designation(demo().departmentId(SHIJIAZHUANG), "理由", "文号1"))), 403);

        assertThat(text(refused, "detail")).isEqualTo("只有管理员可以指定管辖。");
        assertThat(assignments(id)).extracting(Assignment::kind).containsExactly("INITIAL");
    }

    @Test
    void an_admin_of_the_holding_county_is_not_above_it_and_another_province_is_told_not_found() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        String countyAdmin = uniqueUsername("zd-admin");
        openAccount(countyAdmin, PASSWORD, ZHENGDING, "ADMIN");
        String body = Http.json(designation(demo().departmentId(ZHENGDING), "理由", "文号2"));

        JsonNode refused = problem(api(countyAdmin).post("/api/v1/enterprises/" + id + "/designation", body), 403);
        assertThat(text(refused, "detail")).contains("共同的上级部门");
        problem(api("tj-admin").post("/api/v1/enterprises/" + id + "/designation", body), 404);
        assertThat(assignments(id)).extracting(Assignment::kind).containsExactly("INITIAL");
    }

    @Test
    void a_department_whose_division_does_not_contain_the_location_is_refused_on_the_department_field() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);

        JsonNode refused = problem(api("admin").post("/api/v1/enterprises/" + id + "/designation",
                Http.json(designation(demo().departmentId(XINGTANG), "理由", "文号3"))), 400);

        assertThat(errorsFor(refused, "departmentId")).containsExactly("目标执法主体的辖区必须包含企业所在地。");
        JsonNode noDocument = problem(api("admin").post("/api/v1/enterprises/" + id + "/designation",
                Http.json(designation(demo().departmentId(SHIJIAZHUANG), "理由", " "))), 400);
        assertThat(errorsFor(noDocument, "documentNumber")).containsExactly("请填写指定管辖文书的文号。");
        assertThat(assignments(id)).extracting(Assignment::kind).containsExactly("INITIAL");
    }

    @Test
    void the_page_asks_for_confirmation_reason_and_document_number_and_says_what_was_done() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser admin = browser("admin");
        assertThat(Html.byId(expect(admin.get("/enterprises/" + id), 200).body(), "designation-link"))
                .isEqualTo("指定管辖");
        String page = expect(admin.get("/enterprises/" + id + "/designation"), 200).body();
        assertThat(Html.textOf(page)).contains("指定管辖文书文号", "我已核实管辖争议");
        String version = Html.inputValue(page, "version");
        String city = String.valueOf(demo().departmentId(SHIJIAZHUANG));

        Http.Response unconfirmed = admin.submit("/enterprises/" + id + "/designation", Http.Form.of(
                "departmentId", city, "reason", "争议", "documentNumber", "冀应急指〔2026〕8号", "version", version));
        assertThat(Html.byClass(expect(unconfirmed, 200).body(), "field-error")).containsExactly("请勾选确认后再提交。");
        assertThat(assignments(id)).extracting(Assignment::kind).containsExactly("INITIAL");

        Http.Response done = admin.submit("/enterprises/" + id + "/designation", Http.Form.of(
                "departmentId", city, "reason", "争议", "documentNumber", "冀应急指〔2026〕8号", "version", version,
                "confirmed", "true"));
        assertThat(done.status()).as("%s", done).isEqualTo(302);
        String detail = admin.follow(done).body();
        assertThat(Html.textOf(detail)).contains("已指定管辖", "冀应急指〔2026〕8号");
        assertThat(Html.byId(detail, "current-department")).isEqualTo(SHIJIAZHUANG_DEPARTMENT);
        assertThat(assignments(id)).extracting(Assignment::kind).containsExactly("INITIAL", "DESIGNATION");
    }

    @Test
    void the_page_tells_a_supervisor_that_designating_is_for_the_common_upper_admin() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);

        String page = expect(browser("sjz-supervisor").get("/enterprises/" + id + "/designation"), 200).body();

        assertThat(Html.byId(page, "designation-not-allowed"))
                .isEqualTo("只有争议双方共同的上级部门的管理员可以指定管辖。");
        assertThat(page).doesNotContain("designation-form");
    }
}
