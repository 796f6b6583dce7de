package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.BINHAI;
import static cn.safety.enforcement.web.e2e.Demo.HEBEI;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.TIANJIN;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/** What a security review found at the door: each refusal as the attacker or the careless user meets it. */
class SecurityReviewIT extends EndToEndIT {

    private static final String UNKNOWN_DEPARTMENT = "执法主体不存在，或不在您可选择的范围内。";
    private static final String CONTROL = "含有不允许的控制字符。";
    private static final String INVALID_VALUE = "取值无效。";

    @Autowired
    private JdbcClient jdbc;

    // ---- an enterprise made to vanish ----

    @Test
    void an_admin_cannot_move_an_enterprise_to_a_department_beside_their_own_over_the_api() {
        long beside = establishBesideTheProvince("河北省应急管理厅另设机构" + suffix());
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);

        JsonNode p = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", beside, "reason", "移交旁设机构"))), 400);

        assertThat(errorsFor(p, "departmentId")).containsExactly(UNKNOWN_DEPARTMENT);
        assertThat(api("admin").getJson("/api/v1/enterprises/" + id).path("department").path("id").asLong())
                .isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(assignments(id)).hasSize(1);
    }

    @Test
    void an_admin_cannot_move_an_enterprise_beside_their_own_through_the_page_form_either() {
        long beside = establishBesideTheProvince("河北省应急管理厅旁设机构" + suffix());
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser admin = browser("admin");
        String page = admin.page("/enterprises/" + id + "/jurisdiction");
        assertThat(page).doesNotContain("value=\"" + beside + "\"");

        Http.Form form = Html.form(page, "/enterprises/" + id + "/reassign")
                .set("departmentId", String.valueOf(beside)).set("reason", "移交旁设机构");
        Http.Response r = admin.post("/enterprises/" + id + "/reassign", form);

        expect(r, 200);
        assertThat(Html.byClass(r.body(), "field-error")).contains(UNKNOWN_DEPARTMENT);
        assertThat(assignments(id)).hasSize(1);
    }

    // ---- existence oracle ----

    @Test
    void an_unknown_department_and_one_out_of_scope_get_the_same_answer() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        JsonNode unknown = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", 987_654_321L, "reason", "调整"))), 400);
        JsonNode tianjin = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(BINHAI), "reason", "调整"))), 400);
        assertThat(tianjin.toString()).isEqualTo(unknown.toString());

        long unknownDept = 987_654_321L;
        Http.Browser admin = browser("admin");
        Http.Response a = admin.submit("/admin/users", newUser(uniqueUsername("oracle-a"), unknownDept));
        Http.Response b = admin.submit("/admin/users", newUser(uniqueUsername("oracle-b"), demo().departmentId(TIANJIN)));
        assertThat(b.status()).isEqualTo(a.status()).isEqualTo(200);
        assertThat(Html.byClass(b.body(), "field-error")).isEqualTo(Html.byClass(a.body(), "field-error"))
                .contains(UNKNOWN_DEPARTMENT);
    }

    // ---- server errors from the outside ----

    @Test
    void a_non_numeric_version_on_the_admin_forms_is_a_400_page_not_a_server_error() {
        Http.Browser admin = browser("admin");
        long shijiazhuang = demo().departmentId(SHIJIAZHUANG);
        List<Http.Response> answers = List.of(
                admin.submit("/admin/departments/" + shijiazhuang + "/rename",
                        Http.Form.of("name", "石家庄市应急管理局", "version", "abc")),
                admin.submit("/admin/divisions/130123/rename", Http.Form.of("name", "正定县", "version", "1x")),
                admin.submit("/admin/divisions/130123/retire", Http.Form.of("version", "abc")),
                admin.submit("/admin/divisions/130123/reinstate", Http.Form.of("version", "abc")),
                admin.submit("/admin/divisions", Http.Form.of("code", "130199", "name", "测试区",
                        "parentCode", SHIJIAZHUANG, "version", "abc")));
        for (Http.Response r : answers) {
            assertThat(r.status()).as("%s", r).isEqualTo(400);
            assertThat(r.body()).as("%s", r).contains("参数无效").doesNotContain("Exception");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM division WHERE code = '130199'").query(Long.class).single())
                .isZero();
    }

    @Test
    void the_error_path_asked_for_directly_is_not_found() {
        Http.Response page = signedOutBrowser().get("/error");
        assertThat(page.status()).isEqualTo(404);
        assertThat(browser("zd-inspector").get("/error").status()).isEqualTo(404);
    }

    @Test
    void error_pages_keep_the_signed_in_users_navigation() {
        Http.Browser zd = browser("zd-inspector");
        for (String path : List.of("/enterprises/999999999", "/enterprises/abc", "/no-such-page")) {
            Http.Response r = zd.get(path);
            assertThat(r.status()).as(path).isBetween(400, 404);
            assertThat(r.body()).as(path).contains("class=\"topbar\"").contains("href=\"/enterprises\"");
        }
        assertThat(signedOutBrowser().get("/no-such-page").body()).doesNotContain("class=\"topbar\"");
    }

    @Test
    void an_upload_over_the_size_limit_is_a_413_page() {
        Http.Browser zd = browser("zd-inspector");
        byte[] big = new byte[70 * 1024 * 1024]; // over the 65 MB request limit
        java.util.Arrays.fill(big, (byte) 'a');
        Http.Response r = zd.upload("/enterprises/import", "file", "big.csv", "text/csv", big);
        assertThat(r.status()).as("%s", r).isEqualTo(413);
        assertThat(r.body()).contains("过大").doesNotContain("Exception");
        // the session is not hurt: the next page loads
        expect(zd.get("/enterprises"), 200);
    }

    // ---- control characters ----

    @Test
    void a_nul_in_the_division_code_or_the_reason_is_a_400_on_that_field_not_a_conflict() {
        Map<String, Object> body = Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), "\u0000", "空字符位置有限公司");
        JsonNode p = problem(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 400);
        assertThat(errorsFor(p, "divisionCode")).containsExactly(CONTROL);

        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        JsonNode q = problem(api("sjz-supervisor").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", demo().departmentId(SHIJIAZHUANG), "reason", "提级\u0000管辖"))), 400);
        assertThat(errorsFor(q, "reason")).containsExactly(CONTROL);
        assertThat(assignments(id)).hasSize(1);
    }

    @Test
    void reasons_with_bell_escape_or_a_right_to_left_override_are_refused_on_the_field() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        for (String reason : List.of("提级\u0007管辖", "提级\u001b[31m管辖", "提级管辖\u202e辖管")) {
            JsonNode p = problem(api("sjz-supervisor").put("/api/v1/enterprises/" + id + "/department",
                    Http.json(Map.of("departmentId", demo().departmentId(SHIJIAZHUANG), "reason", reason))), 400);
            assertThat(errorsFor(p, "reason")).as(reason).containsExactly(CONTROL);
        }
        Http.Browser supervisor = browser("sjz-supervisor");
        Http.Form form = Html.form(supervisor.page("/enterprises/" + id + "/jurisdiction"),
                "/enterprises/" + id + "/take-over").set("reason", "提级管辖\u202e辖管");
        Http.Response r = supervisor.post("/enterprises/" + id + "/take-over", form);
        expect(r, 200);
        assertThat(Html.byClass(r.body(), "field-error")).contains(CONTROL);
        assertThat(assignments(id)).hasSize(1);
    }

    @Test
    void a_bidi_override_in_a_name_typed_on_the_page_is_shown_next_to_the_field() {
        Http.Browser zd = browser("zd-inspector");
        Http.Form form = Html.form(zd.page("/enterprises/new"), "/enterprises");
        String code = Demo.newCreditCode(ZHENGDING);
        form.set("creditCode", code).set("name", "正常\u202e司公限有").set("address", "正定县测试路1号")
                .set("sector", "INDUSTRY_TRADE").set("riskGrade", "BLUE").set("employees", "30");
        Http.Response r = zd.post("/enterprises", form);
        expect(r, 200);
        assertThat(Html.byClass(r.body(), "field-error")).contains(CONTROL);
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?q=" + code).path("items").size()).isZero();
    }

    // ---- validation ----

    @Test
    void a_count_with_a_fraction_and_a_number_given_for_yes_or_no_are_refused_not_rounded() {
        Map<String, Object> fraction = Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, "小数人数有限公司");
        fraction.put("employees", 1.9);
        JsonNode p = problem(api("zd-inspector").post("/api/v1/enterprises", Http.json(fraction)), 400);
        assertThat(errorsFor(p, "employees")).containsExactly(INVALID_VALUE);

        Map<String, Object> flag = Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, "数字布尔有限公司");
        flag.put("safetyOrganization", -7);
        JsonNode q = problem(api("zd-inspector").post("/api/v1/enterprises", Http.json(flag)), 400);
        assertThat(errorsFor(q, "safetyOrganization")).containsExactly(INVALID_VALUE);
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?q=" + flag.get("creditCode"))
                .path("items").size()).isZero();
    }

    @Test
    void a_credit_code_of_zeros_is_refused_for_its_registration_authority() {
        Map<String, Object> body = Demo.enterpriseBody("000000000000000000", ZHENGDING, "全零代码有限公司");
        JsonNode p = problem(api("zd-inspector").post("/api/v1/enterprises", Http.json(body)), 400);
        assertThat(errorsFor(p, "creditCode")).singleElement().asString().contains("登记管理部门码");
    }

    @Test
    void a_whole_number_typed_in_hexadecimal_on_a_page_is_not_a_number() {
        Http.Browser zd = browser("zd-inspector");
        Http.Form form = Html.form(zd.page("/enterprises/new"), "/enterprises");
        String code = Demo.newCreditCode(ZHENGDING);
        form.set("creditCode", code).set("name", "十六进制有限公司").set("address", "正定县测试路1号")
                .set("sector", "INDUSTRY_TRADE").set("riskGrade", "BLUE").set("employees", "0x10");
        Http.Response r = zd.post("/enterprises", form);
        expect(r, 200);
        assertThat(Html.byClass(r.body(), "field-error")).contains("请输入整数。");
        assertThat(api("zd-inspector").getJson("/api/v1/enterprises?q=" + code).path("items").size()).isZero();
    }

    @Test
    void a_certificate_starting_in_year_minus_one_is_refused() {
        Http.Browser admin = browser("admin");
        String username = uniqueUsername("cert-year");
        Http.Form form = newUser(username, demo().departmentId(ZHENGDING)).set("certificateValidFrom", "-0001-01-01");
        Http.Response r = admin.submit("/admin/users", form);
        expect(r, 200);
        assertThat(Html.byClass(r.body(), "field-error")).contains("执法证日期应在 1950 年至 2100 年之间。");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    // ---- renaming ----

    @Test
    void a_department_can_be_renamed_to_a_new_name_but_not_to_a_namesakes() {
        String first = "正定县测试改名机构" + suffix();
        Http.Browser admin = browser("admin");
        expect(admin.submit("/admin/departments", Http.Form.of("name", first, "divisionCode", ZHENGDING)), 302);
        long id = jdbc.sql("SELECT id FROM department WHERE name = ?").param(first).query(Long.class).single();
        long version = jdbc.sql("SELECT version FROM department WHERE id = ?").param(id).query(Long.class).single();
        String renamed = first + "（更名）";

        Http.Response r = admin.submit("/admin/departments/" + id + "/rename",
                Http.Form.of("name", renamed, "version", String.valueOf(version)));

        expect(r, 302);
        assertThat(admin.follow(r).body()).doesNotContain("已有同名");
        assertThat(jdbc.sql("SELECT name FROM department WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(renamed);
        Http.Response clash = admin.submit("/admin/departments/" + id + "/rename",
                Http.Form.of("name", "正定县应急管理局", "version", String.valueOf(version + 1)));
        assertThat(admin.follow(clash).body()).contains("已有同名");
        assertThat(jdbc.sql("SELECT name FROM department WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(renamed);
    }

    private long establishBesideTheProvince(String name) {
        Http.Browser admin = browser("admin");
        expect(admin.submit("/admin/departments", Http.Form.of("name", name, "divisionCode", HEBEI)), 302);
        return jdbc.sql("SELECT id FROM department WHERE name = ?").param(name).query(Long.class).single();
    }

    private static Http.Form newUser(String username, long departmentId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", "测试用户");
        fields.put("departmentId", String.valueOf(departmentId));
        fields.put("password", "Oracle-2026-pass");
        fields.put("roles", "INSPECTOR");
        fields.put("certificateNumber", "冀执" + Math.abs(username.hashCode()));
        fields.put("certificateValidFrom", "2024-01-01");
        fields.put("certificateValidUntil", "2035-12-31");
        return Http.Form.of(fields);
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
