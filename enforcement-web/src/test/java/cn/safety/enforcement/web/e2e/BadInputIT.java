package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorFields;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Refused input, over the API (RFC 9457 problems with field errors) and on the pages (never a stack trace). */
class BadInputIT extends EndToEndIT {

    private static final String CHECK_DIGIT = "统一社会信用代码校验码不正确（第 18 位与前 17 位不符），请核对是否录入有误。";
    private static final String INVALID_VALUE = "取值无效。";

    // ---- registration through the API ----

    @Test
    void a_credit_code_with_a_wrong_check_character_is_refused_with_a_chinese_message_and_not_saved() {
        String wrong = Demo.withWrongCheckCharacter(Demo.newCreditCode(ZHENGDING));
        JsonNode p = problem(api("zd-inspector").post("/api/v1/enterprises",
                Http.json(Demo.enterpriseBody(wrong, ZHENGDING, "校验码错误测试有限公司"))), 400);
        assertThat(errorsFor(p, "creditCode")).containsExactly(CHECK_DIGIT);
        assertThat(text(p, "detail")).isEqualTo(CHECK_DIGIT);
        assertNotRegistered(wrong);
    }

    @Test
    void a_credit_code_of_the_wrong_length_or_with_forbidden_letters_is_refused() {
        JsonNode shortCode = problem(register(Demo.enterpriseBody("91130123MA0", ZHENGDING, "短代码测试有限公司")), 400);
        assertThat(errorsFor(shortCode, "creditCode")).containsExactly("统一社会信用代码应为 18 位。");
        String valid = Demo.newCreditCode(ZHENGDING);
        String withI = valid.substring(0, 10) + "I" + valid.substring(11);
        JsonNode letters = problem(register(Demo.enterpriseBody(withI, ZHENGDING, "字母测试有限公司")), 400);
        assertThat(errorsFor(letters, "creditCode")).singleElement().asString().contains("不允许的字符");
    }

    @Test
    void a_duplicate_credit_code_is_refused_with_400_even_typed_in_lower_case_with_spaces() {
        JsonNode first = demo().createEnterprise("zd-inspector", ZHENGDING);
        String code = text(first, "creditCode");
        JsonNode again = problem(register(Demo.enterpriseBody(code, ZHENGDING, "重复登记测试有限公司")), 400);
        assertThat(errorsFor(again, "creditCode")).singleElement().asString()
                .startsWith("该统一社会信用代码已").contains("登记");
        String typed = " " + code.substring(0, 9).toLowerCase() + " " + code.substring(9).toLowerCase() + " ";
        JsonNode typedAgain = problem(register(Demo.enterpriseBody(typed, ZHENGDING, "重复登记测试有限公司")), 400);
        assertThat(errorsFor(typedAgain, "creditCode")).singleElement().asString()
                .startsWith("该统一社会信用代码已").contains("登记");
        // also refused to another department of another level: a credit code is registered once nationwide
        JsonNode byCity = problem(api("sjz-supervisor").post("/api/v1/enterprises",
                Http.json(Demo.enterpriseBody(code, ZHENGDING, "重复登记测试有限公司"))), 400);
        // another department is told who holds it (指定管辖 settles a dispute)
        assertThat(errorsFor(byCity, "creditCode")).singleElement().asString()
                .startsWith("该统一社会信用代码已由正定县应急管理局登记");
        JsonNode found = api("admin").getJson("/api/v1/enterprises?q=" + code);
        assertThat(found.path("items").size()).isEqualTo(1);
    }

    @Test
    void missing_profile_fields_are_reported_one_error_per_field() {
        String code = Demo.newCreditCode(ZHENGDING);
        JsonNode p = problem(register(Map.of("creditCode", code, "divisionCode", ZHENGDING)), 400);
        assertThat(errorFields(p)).containsExactlyInAnyOrder("name", "address", "sector", "riskGrade", "employees");
        assertThat(errorsFor(p, "name")).containsExactly("请填写企业名称。");
        assertThat(errorsFor(p, "address")).containsExactly("请填写地址。");
        assertThat(errorsFor(p, "sector")).containsExactly("请选择行业领域。");
        assertThat(errorsFor(p, "riskGrade")).containsExactly("请选择安全风险等级。");
        assertThat(errorsFor(p, "employees")).containsExactly("请填写从业人员数。");
        assertNotRegistered(code);
    }

    @Test
    void an_empty_registration_reports_every_required_field_once() {
        JsonNode p = problem(register(Map.of()), 400);
        assertThat(errorFields(p)).containsExactlyInAnyOrder("creditCode", "divisionCode", "name", "address",
                "sector", "riskGrade", "employees");
        assertThat(errorsFor(p, "creditCode")).containsExactly("请填写统一社会信用代码。");
        assertThat(errorsFor(p, "divisionCode")).containsExactly("请选择所在行政区划。");
    }

    @Test
    void a_missing_or_unknown_division_is_reported_on_the_division_field() {
        JsonNode missing = problem(register(Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), "", "无区划测试")), 400);
        assertThat(errorsFor(missing, "divisionCode")).containsExactly("请选择所在行政区划。");
        JsonNode unknown = problem(register(Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), "130124", "旧区划测试")),
                400);
        assertThat(errorsFor(unknown, "divisionCode")).containsExactly("行政区划代码不存在。");
    }

    @Test
    void out_of_range_and_too_long_values_are_reported_on_their_fields() {
        Map<String, Object> body = Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, "超长".repeat(101));
        body.put("employees", -1);
        body.put("majorHazardSources", -3);
        JsonNode p = problem(register(body), 400);
        assertThat(errorsFor(p, "name")).containsExactly("最多 200 个字。");
        assertThat(errorsFor(p, "employees")).singleElement().asString().startsWith("应为 0 到 ");
        assertThat(errorsFor(p, "majorHazardSources")).hasSize(1);
    }

    @Test
    void malformed_json_is_a_400_problem() {
        for (String body : List.of("{\"creditCode\": \"91130123", "not json at all", "")) {
            JsonNode p = problem(api("zd-inspector").post("/api/v1/enterprises", body), 400);
            assertThat(text(p, "detail")).as("body %s", body).isEqualTo("请求内容不是有效的 JSON。");
        }
        JsonNode nullBody = problem(api("zd-inspector").post("/api/v1/enterprises", "null"), 400);
        assertThat(text(nullBody, "detail")).isEqualTo("请求内容不是有效的 JSON。");
    }

    @Test
    void a_wrong_enum_value_is_a_400_naming_its_field() {
        Map<String, Object> body = Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, "枚举测试有限公司");
        body.put("sector", "SPACE_MINING");
        JsonNode sector = problem(register(body), 400);
        assertThat(errorsFor(sector, "sector")).containsExactly(INVALID_VALUE);
        body.put("sector", "MINING");
        body.put("riskGrade", "PURPLE");
        JsonNode risk = problem(register(body), 400);
        assertThat(errorsFor(risk, "riskGrade")).containsExactly(INVALID_VALUE);
        body.put("riskGrade", "RED");
        body.put("employees", "many");
        JsonNode employees = problem(register(body), 400);
        assertThat(errorsFor(employees, "employees")).containsExactly(INVALID_VALUE);
        assertNotRegistered(String.valueOf(body.get("creditCode")));
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() {
        JsonNode p = problem(api("zd-inspector").send("POST", "/api/v1/enterprises", "text/plain", "creditCode=1"),
                415);
        assertThat(text(p, "detail")).isEqualTo("不支持的内容类型，请使用 application/json。");
    }

    @Test
    void a_non_numeric_enterprise_id_is_a_400_problem() {
        JsonNode get = problem(api("zd-inspector").get("/api/v1/enterprises/abc"), 400);
        assertThat(errorsFor(get, "id")).containsExactly(INVALID_VALUE);
        JsonNode put = problem(api("admin").put("/api/v1/enterprises/12x/department",
                Http.json(Map.of("departmentId", 1, "reason", "x"))), 400);
        assertThat(errorsFor(put, "id")).containsExactly(INVALID_VALUE);
    }

    @Test
    void invalid_list_parameters_are_400_problems_not_server_errors() {
        Map<String, String> queries = Map.of(
                "sector=NOPE", "sector",
                "riskGrade=PURPLE", "riskGrade",
                "departmentId=abc", "departmentId",
                "size=ten", "size");
        queries.forEach((query, field) -> {
            JsonNode p = problem(api("zd-inspector").get("/api/v1/enterprises?" + query), 400);
            assertThat(errorsFor(p, field)).as(query).containsExactly(INVALID_VALUE);
        });
        JsonNode cursor = problem(api("zd-inspector").get("/api/v1/enterprises?after=yesterday"), 400);
        assertThat(errorsFor(cursor, "after")).containsExactly("分页参数无效。");
    }

    @Test
    void a_department_move_with_a_malformed_body_is_a_400_problem() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        JsonNode broken = problem(api("admin").put("/api/v1/enterprises/" + id + "/department", "{departmentId:"), 400);
        assertThat(text(broken, "detail")).isEqualTo("请求内容不是有效的 JSON。");
        JsonNode wrongType = problem(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", "the city", "reason", "x"))), 400);
        assertThat(errorsFor(wrongType, "departmentId")).containsExactly(INVALID_VALUE);
    }

    // ---- authentication over the API ----

    @Test
    void a_request_without_credentials_gets_a_401_problem() {
        for (Http.Response r : List.of(anonymous().get("/api/v1/enterprises", "application/json"),
                anonymous().postJson("/api/v1/enterprises",
                        Http.json(Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, "匿名测试"))))) {
            JsonNode p = problem(r, 401);
            assertThat(text(p, "detail")).isEqualTo("需要用户名和密码（HTTP Basic）。");
            assertThat(r.header("WWW-Authenticate")).hasValueSatisfying(
                    h -> assertThat(h).startsWith("Basic realm=\"enforcement\""));
        }
    }

    @Test
    void a_wrong_password_or_an_unknown_user_gets_a_401_problem() {
        JsonNode wrong = problem(api("bh-inspector", "Wrong@2026").get("/api/v1/me"), 401);
        assertThat(text(wrong, "detail")).isEqualTo("需要用户名和密码（HTTP Basic）。");
        JsonNode wrongPost = problem(api("bh-inspector", "Demo@2025").post("/api/v1/enterprises",
                Http.json(Demo.enterpriseBody(Demo.newCreditCode("120116"), "120116", "错误密码测试"))), 401);
        assertThat(text(wrongPost, "detail")).isNotBlank();
        problem(api("no-such-user", PASSWORD).get("/api/v1/me"), 401);
        // the right password still works (two failures are far from the lock)
        expect(api("bh-inspector").get("/api/v1/me"), 200);
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() {
        problem(api("zd-inspector").get("/api/v1/no-such-resource"), 404);
    }

    @Test
    void an_unsupported_method_on_the_api_is_a_405_problem() {
        problem(api("zd-inspector").send("DELETE", "/api/v1/enterprises/1", null, null), 405);
    }

    // ---- pages ----

    @Test
    void a_non_numeric_id_on_a_page_is_a_400_page_without_a_stack_trace() {
        Http.Response r = browser("zd-inspector").get("/enterprises/abc");
        expect(r, 400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("参数无效。").doesNotContain("Exception", "at cn.", "at org.");
    }

    @Test
    void unknown_filter_values_in_the_address_bar_are_ignored_on_the_list_page() {
        Http.Browser zd = browser("zd-inspector");
        for (String query : List.of("sector=NOPE", "riskGrade=PURPLE", "departmentId=abc", "after=yesterday")) {
            Http.Response r = zd.get("/enterprises?" + query);
            expect(r, 200);
            List<List<String>> rows = Html.rows(r.body());
            assertThat(rows).as(query).isNotEmpty()
                    .allSatisfy(row -> assertThat(row).contains(Demo.ZHENGDING_DEPARTMENT));
        }
    }

    @Test
    void a_typed_number_that_is_not_a_number_is_shown_next_to_its_field() {
        Http.Browser zd = browser("zd-inspector");
        Http.Form form = Html.form(zd.page("/enterprises/new"), "/enterprises");
        String code = Demo.newCreditCode(ZHENGDING);
        form.set("creditCode", code).set("name", "数字测试有限公司").set("address", "正定县测试路1号")
                .set("sector", "INDUSTRY_TRADE").set("riskGrade", "BLUE").set("employees", "三十");
        Http.Response r = zd.post("/enterprises", form);
        expect(r, 200);
        assertThat(Html.byClass(r.body(), "field-error")).contains("请输入整数。");
        assertThat(Html.inputValue(r.body(), "creditCode")).isEqualTo(code);
        assertNotRegistered(code);
    }

    @Test
    void an_empty_page_form_shows_a_chinese_message_beside_each_required_field() {
        Http.Browser zd = browser("zd-inspector");
        Http.Form form = Html.form(zd.page("/enterprises/new"), "/enterprises");
        String code = Demo.newCreditCode(ZHENGDING);
        form.set("creditCode", code);
        Http.Response r = zd.post("/enterprises", form);
        expect(r, 200);
        assertThat(Html.byClass(r.body(), "field-error")).contains("请填写企业名称。", "请填写地址。", "请选择行业领域。",
                "请选择安全风险等级。", "请填写从业人员数。");
        assertNotRegistered(code);
    }

    @Test
    void a_page_request_without_a_session_is_sent_to_the_login_page() {
        Http.Browser nobody = signedOutBrowser();
        Http.Response r = nobody.get("/enterprises");
        expect(r, 302);
        assertThat(r.location()).isEqualTo("/login");
        String code = Demo.newCreditCode(SHIJIAZHUANG);
        expect(nobody.post("/enterprises", Http.Form.of("creditCode", code, "divisionCode", SHIJIAZHUANG,
                "name", "匿名测试", "address", "x", "sector", "MINING", "employees", "1", "riskGrade", "RED")), 403);
        assertNotRegistered(code);
    }

    private Http.Response register(Map<String, ?> body) {
        return api("zd-inspector").post("/api/v1/enterprises", Http.json(body));
    }

    private void assertNotRegistered(String code) {
        JsonNode found = api("admin").getJson("/api/v1/enterprises?q=" + ApiJurisdictionIT.enc(code));
        assertThat(found.path("items").size()).as("enterprises with code %s", code).isZero();
    }
}
