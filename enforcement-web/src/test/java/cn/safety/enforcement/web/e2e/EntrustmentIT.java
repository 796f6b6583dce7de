package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 委托执法 (003§(十四)) in the running application: the demo's 诸福屯镇安全生产监管办公室 (user {@code zd-entrusted}) acts on
 * 正定县's enterprises in 诸福屯镇 only, only while an entrustment is in force, in 正定县's name; it never entrusts
 * further, registers or imports.
 */
class EntrustmentIT extends EndToEndIT {

    private static final String OFFICE = "诸福屯镇安全生产监管办公室";

    private long township(String name) {
        for (JsonNode t : api("zd-inspector").getJson("/api/v1/townships?divisionCode=" + ZHENGDING).values()) {
            if (name.equals(text(t, "name"))) {
                return t.path("id").asLong();
            }
        }
        throw new AssertionError("no demo township " + name);
    }

    private List<JsonNode> entrustedList() {
        return api("zd-entrusted").getJson("/api/v1/enterprises?size=200").path("items").values().stream().toList();
    }

    /** A fresh 正定县 enterprise placed in {@code township} by the county. */
    private long zhengdingEnterpriseIn(Long township) {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        if (township != null) {
            expect(api("zd-inspector").put("/api/v1/enterprises/" + id + "/township",
                    Http.json(Map.of("townshipId", township))), 200);
        }
        return id;
    }

    private static String entrustment(String township, String from, String until, String number) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationName", OFFICE);
        body.put("townshipId", Long.parseLong(township));
        body.put("validFrom", from);
        body.put("validUntil", until);
        body.put("documentNumber", number);
        return Http.json(body);
    }

    @Test
    void the_entrusted_organisation_lists_only_the_county_enterprises_of_its_township() {
        long zhufutun = township("诸福屯镇");
        long zhengding = demo().departmentId(ZHENGDING);

        List<JsonNode> items = entrustedList();

        assertThat(items).hasSizeGreaterThanOrEqualTo(4);
        assertThat(items).allSatisfy(e -> {
            assertThat(e.path("townshipId").asLong()).isEqualTo(zhufutun);
            assertThat(e.path("department").path("id").asLong()).isEqualTo(zhengding);
        });
        // the county inspector sees these and the rest of the county
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?size=200").path("items").size())
                .isGreaterThan(items.size());
    }

    @Test
    void the_entrusted_organisation_acts_in_its_township_in_the_entrusting_departments_name() {
        long zhufutun = township("诸福屯镇");
        long id = zhengdingEnterpriseIn(zhufutun);

        JsonNode read = api("zd-entrusted").getJson("/api/v1/enterprises/" + id);
        assertThat(text(read.path("department"), "name")).isEqualTo(ZHENGDING_DEPARTMENT);
        expect(api("zd-entrusted").put("/api/v1/enterprises/" + id + "/township",
                Http.json(Map.of("townshipId", zhufutun))), 200);

        List<Long> departments = auditDepartments(id, "EnterprisePlacedInTownship", "zd-entrusted");
        assertThat(departments).containsExactly(demo().departmentId(ZHENGDING));
    }

    @Test
    void outside_the_township_the_entrusted_organisation_is_told_not_found_and_cannot_move_an_enterprise_out() {
        long zhufutun = township("诸福屯镇");
        long xinchengpu = township("新城铺镇");
        long elsewhere = zhengdingEnterpriseIn(xinchengpu);
        long unplaced = zhengdingEnterpriseIn(null);
        long own = zhengdingEnterpriseIn(zhufutun);

        problem(api("zd-entrusted").get("/api/v1/enterprises/" + elsewhere), 404);
        problem(api("zd-entrusted").get("/api/v1/enterprises/" + unplaced), 404);
        problem(api("zd-entrusted").get("/api/v1/enterprises/" + elsewhere + "/assignments"), 404);
        JsonNode refused = problem(api("zd-entrusted").put("/api/v1/enterprises/" + own + "/township",
                Http.json(Map.of("townshipId", xinchengpu))), 400);
        assertThat(text(refused, "detail")).contains("委托的区域");
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises/" + own).path("townshipId").asLong())
                .isEqualTo(zhufutun);
    }

    @Test
    void another_departments_enterprise_in_the_township_is_not_reached() {
        long zhufutun = township("诸福屯镇");
        // the city registers an enterprise lying in 诸福屯镇: the entrustment is the county's, not the city's
        long cityOne = demo().createEnterpriseId("sjz-inspector", ZHENGDING);
        expect(api("sjz-inspector").put("/api/v1/enterprises/" + cityOne + "/township",
                Http.json(Map.of("townshipId", zhufutun))), 200);

        problem(api("zd-entrusted").get("/api/v1/enterprises/" + cityOne), 404);
        assertThat(entrustedList()).extracting(e -> e.path("id").asLong()).doesNotContain(cityOne);
        assertThat(demo().departmentId(SHIJIAZHUANG)).isNotEqualTo(demo().departmentId(ZHENGDING));
    }

    @Test
    void an_entrustment_reaches_only_during_its_period_and_not_after_it_is_ended() {
        String countyAdmin = uniqueUsername("zd-admin");
        openAccount(countyAdmin, PASSWORD, ZHENGDING, "ADMIN");
        String xinan = String.valueOf(township("新安镇"));
        long enterprise = zhengdingEnterpriseIn(Long.parseLong(xinan));

        JsonNode past = expect(api(countyAdmin).post("/api/v1/entrustments",
                entrustment(xinan, "2025-01-01", "2025-12-31", "正应急委〔2025〕9号")), 201).json();
        JsonNode future = expect(api(countyAdmin).post("/api/v1/entrustments",
                entrustment(xinan, "2030-01-01", "2030-12-31", "正应急委〔2030〕1号")), 201).json();
        assertThat(text(past, "state")).isEqualTo("EXPIRED");
        assertThat(text(future, "state")).isEqualTo("NOT_YET");
        problem(api("zd-entrusted").get("/api/v1/enterprises/" + enterprise), 404);

        JsonNode now = expect(api(countyAdmin).post("/api/v1/entrustments",
                entrustment(xinan, "2026-01-01", "2028-12-31", "正应急委〔2026〕5号")), 201).json();
        assertThat(text(now, "state")).isEqualTo("IN_FORCE");
        assertThat(text(now, "organisationName")).isEqualTo(OFFICE);
        expect(api("zd-entrusted").get("/api/v1/enterprises/" + enterprise), 200);

        JsonNode ended = expect(api(countyAdmin).post("/api/v1/entrustments/" + now.path("id").asLong() + "/end",
                Http.json(Map.of("reason", "委托事项调整"))), 200).json();
        assertThat(text(ended, "state")).isEqualTo("ENDED");
        assertThat(entrustmentActions(now.path("id").asLong()))
                .containsExactly("EnforcementEntrusted", "EntrustmentEnded");
        problem(api("zd-entrusted").get("/api/v1/enterprises/" + enterprise), 404);
    }

    @Test
    void an_entrusted_organisation_never_entrusts_further_and_is_told_why() {
        String body = entrustment(String.valueOf(township("诸福屯镇")), "2026-01-01", "2026-12-31", "再委托1号");

        JsonNode refused = problem(api("zd-entrusted").post("/api/v1/entrustments", body), 403);

        assertThat(text(refused, "detail")).contains("不得再次委托");
    }

    @Test
    void a_county_beside_may_not_entrust_a_township_of_zhengding_nor_read_its_entrustments() {
        String xingtangAdmin = uniqueUsername("xt-admin");
        openAccount(xingtangAdmin, PASSWORD, Demo.XINGTANG, "ADMIN");

        JsonNode refused = problem(api(xingtangAdmin).post("/api/v1/entrustments",
                entrustment(String.valueOf(township("诸福屯镇")), "2026-01-01", "2026-12-31", "行应急委1号")), 400);

        assertThat(errorsFor(refused, "townshipId")).containsExactly("委托区域不在本执法主体的辖区内。");
        JsonNode zhengdingOnes = api("zd-inspector").getJson("/api/v1/entrustments");
        assertThat(zhengdingOnes.size()).isPositive();
        long one = zhengdingOnes.get(0).path("id").asLong();
        problem(api(xingtangAdmin).get("/api/v1/entrustments/" + one), 404);
        assertThat(api(xingtangAdmin).getJson("/api/v1/entrustments").size()).isZero();
        assertThat(api("zd-entrusted").getJson("/api/v1/entrustments").values())
                .allSatisfy(e -> assertThat(text(e, "organisationName")).isEqualTo(OFFICE));
    }

    @Test
    void an_entrusted_user_may_neither_register_nor_import_and_the_pages_do_not_offer_it() {
        Map<String, Object> body = Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, "委托登记测试有限公司");
        JsonNode refused = problem(api("zd-entrusted").post("/api/v1/enterprises", Http.json(body)), 403);
        assertThat(text(refused, "detail")).contains("不能登记企业");

        Http.Browser browser = browser("zd-entrusted");
        String list = expect(browser.get("/enterprises"), 200).body();
        assertThat(list).doesNotContain("href=\"/enterprises/new\"").doesNotContain("href=\"/enterprises/import\"");
        String csv = "统一社会信用代码,企业名称\n";
        Http.Response imported = browser.upload("/enterprises/import", "file", "企业.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as("%s", imported).isEqualTo(403);
        assertThat(Html.textOf(imported.body())).contains("不能批量导入");

        String inspectorHome = expect(browser("zd-inspector").get("/enterprises"), 200).body();
        assertThat(inspectorHome).contains("href=\"/enterprises/new\"");
    }

    /** The audit entries of one entrustment, oldest first: one per command. */
    private List<String> entrustmentActions(long id) {
        return jdbc().sql("SELECT action FROM audit_entry WHERE aggregate_type = 'Entrustment' AND aggregate_id = ?"
                        + " ORDER BY id").param(String.valueOf(id)).query(String.class).list();
    }

    /** The department the audit log names for one action of one user on an enterprise. */
    private List<Long> auditDepartments(long enterpriseId, String action, String username) {
        return jdbc().sql("SELECT department_id FROM audit_entry WHERE aggregate_type = 'Enterprise'"
                        + " AND aggregate_id = ? AND action = ? AND username = ? ORDER BY id")
                .param(String.valueOf(enterpriseId)).param(action).param(username).query(Long.class).list();
    }
}
