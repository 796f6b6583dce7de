package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static cn.safety.enforcement.web.e2e.Demo.HEBEI_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING_DEPARTMENT;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The jurisdiction rules through the pages: form sign-in, session cookie, CSRF tokens, redirects and error pages. */
class PageJurisdictionIT extends EndToEndIT {

    private static final String NOT_FOUND = "您要找的内容不存在，或不在您的管辖范围内。";
    private static final String FORBIDDEN = "您无权进行此操作。";
    private static final String CHECK_DIGIT = "统一社会信用代码校验码不正确（第 18 位与前 17 位不符），请核对是否录入有误。";
    private static final String STALE = "该记录已被他人修改，请刷新页面后重新编辑，您的修改尚未保存。";

    // ---- a county inspector ----

    @Test
    void county_inspector_list_pages_show_only_zhengding_rows_to_the_last_page() {
        Http.Browser zd = browser("zd-inspector");
        List<String> codes = new ArrayList<>();
        String path = "/enterprises";
        for (int page = 0; path != null; page++) {
            assertThat(page).as("pages").isLessThan(50);
            String html = zd.page(path);
            List<List<String>> rows = Html.rows(html);
            assertThat(rows).as(path).isNotEmpty().allSatisfy(row -> {
                assertThat(row).hasSize(7);
                assertThat(row.get(5)).isEqualTo(ZHENGDING_DEPARTMENT);
                assertThat(row.get(2)).isEqualTo("正定县");
            });
            assertThat(html).doesNotContain(SHIJIAZHUANG_DEPARTMENT, HEBEI_DEPARTMENT, "天津");
            rows.forEach(row -> codes.add(row.get(1)));
            path = Html.attributeById(html, "next-page", "href");
        }
        List<JsonNode> api = ApiJurisdictionIT.allPages(api("zd-inspector"), "size=200", 10);
        assertThat(codes).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(api.stream().map(e -> text(e, "creditCode")).toList());
    }

    @Test
    void county_inspector_gets_a_chinese_404_page_for_a_city_enterprise() {
        JsonNode city = demo().enterpriseOf("admin", SHIJIAZHUANG);
        for (String path : List.of("/enterprises/" + city.path("id").asLong(),
                "/enterprises/" + city.path("id").asLong() + "/edit",
                "/enterprises/" + city.path("id").asLong() + "/jurisdiction",
                "/enterprises/987654321")) {
            Http.Response r = browser("zd-inspector").get(path);
            expect(r, 404);
            assertThat(r.contentType()).startsWith("text/html");
            assertThat(r.body()).as(path).contains(NOT_FOUND)
                    .doesNotContain(text(city, "name"), text(city, "creditCode"), "Exception", "at cn.", "at org.");
        }
    }

    @Test
    void county_inspector_is_refused_the_admin_pages_with_403() {
        Http.Browser zd = browser("zd-inspector");
        for (String path : List.of("/admin/users", "/admin/users/new", "/admin/audit", "/admin/departments",
                "/admin/divisions")) {
            Http.Response r = zd.get(path);
            expect(r, 403);
            assertThat(r.body()).as(path).contains(FORBIDDEN).doesNotContain("Exception", "at org.");
        }
        expect(zd.submit("/admin/audit/verify", new Http.Form()), 403);
        String home = zd.page("/");
        assertThat(home).doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void county_inspector_registers_an_enterprise_through_the_page_form() {
        Http.Browser zd = browser("zd-inspector");
        String code = Demo.newCreditCode(ZHENGDING);
        Http.Response saved = zd.post("/enterprises", filledNewForm(zd, code, "页面登记测试有限公司"));
        expect(saved, 302);
        JsonNode e = only(code);
        assertThat(saved.location()).isEqualTo("/enterprises/" + e.path("id").asLong());
        assertThat(text(e, "name")).isEqualTo("页面登记测试有限公司");
        assertThat(text(e, "sector")).isEqualTo("HAZARDOUS_CHEMICALS");
        assertThat(e.path("employees").asInt()).isEqualTo(56);
        assertThat(text(e.path("department"), "name")).isEqualTo(ZHENGDING_DEPARTMENT);
    }

    @Test
    void the_detail_page_confirms_a_registration_and_a_city_supervisor_reads_it_without_an_edit_link() {
        Http.Browser zd = browser("zd-inspector");
        String code = Demo.newCreditCode(ZHENGDING);
        Http.Response saved = zd.post("/enterprises", filledNewForm(zd, code, "详情页测试有限公司"));
        String detail = expect(zd.follow(expect(saved, 302)), 200).body();
        assertThat(detail).contains("企业已登记。", "详情页测试有限公司", code);
        assertThat(Html.byId(detail, "current-department")).isEqualTo(ZHENGDING_DEPARTMENT);
        long id = only(code).path("id").asLong();
        assertThat(detail).contains("/enterprises/" + id + "/edit");

        String asSupervisor = browser("sjz-supervisor").page("/enterprises/" + id);
        assertThat(asSupervisor).contains("详情页测试有限公司", code);
        assertThat(Html.byId(asSupervisor, "current-department")).isEqualTo(ZHENGDING_DEPARTMENT);
        assertThat(asSupervisor).doesNotContain("/enterprises/" + id + "/edit")
                .contains("/enterprises/" + id + "/jurisdiction");
    }

    @Test
    void a_wrong_credit_code_is_shown_beside_its_field_and_nothing_is_saved() {
        Http.Browser zd = browser("zd-inspector");
        String wrong = Demo.withWrongCheckCharacter(Demo.newCreditCode(ZHENGDING));
        Http.Response r = zd.post("/enterprises", filledNewForm(zd, wrong, "校验码页面测试有限公司"));
        expect(r, 200);
        String html = r.body();
        assertThat(Html.byClass(html, "field-error")).containsExactly(CHECK_DIGIT);
        // the message sits in the credit code's field, right after its input, which is marked invalid
        int input = html.indexOf("id=\"creditCode\"");
        int message = html.indexOf(CHECK_DIGIT);
        int nextField = html.indexOf("id=\"name\"");
        assertThat(input).isPositive();
        assertThat(message).isBetween(input, nextField);
        assertThat(Html.attributes(html.substring(html.lastIndexOf("<input", input), html.indexOf('>', input) + 1))
                .get("class")).contains("invalid");
        // what was typed is kept
        assertThat(Html.inputValue(html, "creditCode")).isEqualTo(wrong);
        assertThat(Html.inputValue(html, "name")).isEqualTo("校验码页面测试有限公司");
        assertNotRegistered(wrong);
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_with_403_and_nothing_is_saved() {
        Http.Browser zd = browser("zd-inspector");
        String code = Demo.newCreditCode(ZHENGDING);
        Http.Form form = filledNewForm(zd, code, "无令牌测试有限公司").remove("_csrf");
        expect(zd.post("/enterprises", form), 403);
        expect(zd.post("/enterprises", form.set("_csrf", "forged-token")), 403);
        assertNotRegistered(code);
        // the session itself is still good
        expect(zd.get("/enterprises"), 200);
    }

    @Test
    void county_inspector_cannot_take_over_or_reassign_through_the_pages() {
        Http.Browser zd = browser("zd-inspector");
        long own = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Response takeOver = zd.submit("/enterprises/" + own + "/take-over",
                Http.Form.of("reason", "自己提级", "version", "0"));
        expect(takeOver, 403);
        assertThat(takeOver.body()).contains("只有上级部门的负责人或管理员可以提级管辖。");
        Http.Response reassign = zd.submit("/enterprises/" + own + "/reassign",
                Http.Form.of("departmentId", String.valueOf(demo().departmentId(SHIJIAZHUANG)), "reason", "上交",
                        "version", "0"));
        expect(reassign, 403);
        long city = demo().createEnterpriseId("sjz-supervisor", ZHENGDING);
        expect(zd.submit("/enterprises/" + city + "/take-over", Http.Form.of("reason", "要回", "version", "0")), 404);
        assertThat(departmentOf(own)).isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(departmentOf(city)).isEqualTo(demo().departmentId(SHIJIAZHUANG));
    }

    // ---- a city supervisor ----

    @Test
    void city_supervisor_may_read_down_but_not_edit_a_county_enterprise() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        JsonNode before = api("zd-inspector").getJson("/api/v1/enterprises/" + id);
        Http.Browser sjz = browser("sjz-supervisor");

        Http.Response edit = sjz.get("/enterprises/" + id + "/edit");
        expect(edit, 403);
        assertThat(edit.body()).contains("该企业由其他执法主体管辖，您只能查看，不能操作。");

        Http.Form changed = Http.Form.of("creditCode", text(before, "creditCode"), "name", "市局改名",
                "divisionCode", ZHENGDING, "address", text(before, "address"), "sector", text(before, "sector"),
                "employees", "99", "riskGrade", "RED", "version", String.valueOf(before.path("version").asLong()));
        Http.Response post = sjz.submit("/enterprises/" + id, changed);
        expect(post, 403);
        assertThat(post.body()).contains("该企业由其他执法主体管辖，您只能查看，不能操作。");
        JsonNode after = api("zd-inspector").getJson("/api/v1/enterprises/" + id);
        assertThat(text(after, "name")).isEqualTo(text(before, "name"));
        assertThat(after.path("employees").asInt()).isEqualTo(before.path("employees").asInt());
        assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
        assertThat(auditActions(id)).containsExactly("EnterpriseRegistered");
    }

    @Test
    void city_supervisor_takes_over_a_county_enterprise_through_the_page() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser sjz = browser("sjz-supervisor");
        String reason = "存在重大事故隐患，提级管辖" + id;
        Http.Response done = sjz.submit("/enterprises/" + id + "/take-over",
                Http.Form.of("version", "0", "reason", reason, "confirmed", "true"));
        expect(done, 302);
        assertThat(done.location()).isEqualTo("/enterprises/" + id);
        long city = demo().departmentId(SHIJIAZHUANG);
        assertThat(departmentOf(id)).isEqualTo(city);
        assertThat(assignments(id)).last().isEqualTo(
                new Assignment("TAKEN_OVER", demo().departmentId(ZHENGDING), city, reason, "sjz-supervisor"));
        // and the county has lost sight of it
        expect(browser("zd-inspector").get("/enterprises/" + id), 404);
    }

    @Test
    void after_a_take_over_the_detail_page_shows_the_city_department_and_the_history() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser sjz = browser("sjz-supervisor");
        String reason = "提级管辖详情页测试" + id;
        Http.Response done = sjz.submit("/enterprises/" + id + "/take-over",
                Http.Form.of("version", "0", "reason", reason, "confirmed", "true"));
        String detail = expect(sjz.follow(expect(done, 302)), 200).body();
        assertThat(detail).contains("已将「").contains("」提级由" + SHIJIAZHUANG_DEPARTMENT + "管辖。");
        assertThat(Html.byId(detail, "current-department")).isEqualTo(SHIJIAZHUANG_DEPARTMENT);
        assertThat(Html.rows(detail)).anySatisfy(row -> assertThat(row).contains("提级管辖", reason,
                ZHENGDING_DEPARTMENT + " → " + SHIJIAZHUANG_DEPARTMENT, "钱科长（sjz-supervisor）"));
        assertThat(Html.rows(detail)).anySatisfy(row -> assertThat(row).contains("初始确定", ZHENGDING_DEPARTMENT));
    }

    @Test
    void taking_over_without_a_reason_shows_the_form_again_and_changes_nothing() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser sjz = browser("sjz-supervisor");
        Http.Response r = sjz.submit("/enterprises/" + id + "/take-over", Http.Form.of("version", "0", "reason", "  "));
        expect(r, 200);
        assertThat(Html.byClass(r.body(), "field-error")).containsExactly("请填写理由。");
        assertThat(departmentOf(id)).isEqualTo(demo().departmentId(ZHENGDING));
    }

    @Test
    void taking_over_without_a_reason_changes_nothing() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Response r = browser("sjz-supervisor").submit("/enterprises/" + id + "/take-over",
                Http.Form.of("version", "0", "reason", "  "));
        assertThat(r.status()).as("%s", r).isNotEqualTo(302);
        assertThat(departmentOf(id)).isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(assignments(id)).extracting(Assignment::kind).containsExactly("INITIAL");
    }

    @Test
    void province_admin_opens_every_admin_page_of_hebei_only() {
        Http.Browser admin = browser("admin");
        assertThat(admin.page("/admin/divisions")).contains("行政区划", "河北省").doesNotContain("FATAL");
        String departments = admin.page("/admin/departments");
        assertThat(departments).contains("执法主体", ZHENGDING_DEPARTMENT, SHIJIAZHUANG_DEPARTMENT)
                .doesNotContain("天津市应急管理局", "滨海新区应急管理局");
        String users = admin.page("/admin/users");
        assertThat(users).contains(">zd-inspector<", ">sjz-supervisor<", ">hb-inspector<")
                .doesNotContain(">tj-admin<", ">bh-inspector<");
        assertThat(admin.page("/admin/audit")).contains("全过程记录", "id=\"verify\"");
    }

    @Test
    void verifying_the_audit_chain_on_the_page_redirects_and_reports_it_intact() {
        demo().createEnterprise("zd-inspector", ZHENGDING);
        Http.Browser admin = browser("admin");
        Http.Form form = Html.form(admin.page("/admin/audit"), "/admin/audit/verify");
        Http.Response verified = admin.post("/admin/audit/verify", form);
        expect(verified, 302);
        assertThat(verified.location()).isEqualTo("/admin/audit");
        String page = expect(admin.follow(verified), 200).body();
        assertThat(Html.byId(page, "verification")).contains("校验通过").doesNotContain("处异常");
        // the result is shown once, not on the next load
        assertThat(admin.page("/admin/audit")).doesNotContain("校验通过");
    }

    @Test
    void province_admin_reassigns_a_county_enterprise_through_the_page() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        long city = demo().departmentId(SHIJIAZHUANG);
        Http.Browser admin = browser("admin");
        Http.Response done = admin.submit("/enterprises/" + id + "/reassign",
                Http.Form.of("version", "0", "departmentId", String.valueOf(city), "reason", "调整管辖页面测试",
                        "confirmed", "true"));
        expect(done, 302);
        assertThat(done.location()).isEqualTo("/enterprises/" + id);
        assertThat(departmentOf(id)).isEqualTo(city);
        assertThat(assignments(id)).last().isEqualTo(
                new Assignment("REASSIGNED", demo().departmentId(ZHENGDING), city, "调整管辖页面测试", "admin"));
        // a crafted target that does not contain the enterprise's location changes nothing
        Http.Response refused = admin.submit("/enterprises/" + id + "/reassign", Http.Form.of("version", "1",
                "departmentId", String.valueOf(demo().departmentId(Demo.XINGTANG)), "reason", "调至行唐"));
        assertThat(refused.status()).as("%s", refused).isNotEqualTo(302);
        assertThat(departmentOf(id)).isEqualTo(city);
        assertThat(assignments(id)).hasSize(2);
    }

    @Test
    void the_jurisdiction_page_offers_only_targets_containing_the_enterprise_and_shows_refusals_beside_the_field() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser admin = browser("admin");
        String page = admin.page("/enterprises/" + id + "/jurisdiction");
        assertThat(page).contains("id=\"reassign-form\"", "id=\"take-over-form\"");
        Http.Form form = Html.form(page, "/enterprises/" + id + "/reassign");
        assertThat(form.get("version")).isEqualTo("0");
        String city = String.valueOf(demo().departmentId(SHIJIAZHUANG));
        assertThat(page).contains("<option value=\"" + city + "\"")
                .doesNotContain("<option value=\"" + demo().departmentId(Demo.XINGTANG) + "\"");
        Http.Response refused = admin.post("/enterprises/" + id + "/reassign", form
                .set("departmentId", String.valueOf(demo().departmentId(Demo.XINGTANG))).set("reason", "调至行唐"));
        expect(refused, 200);
        assertThat(Html.byClass(refused.body(), "field-error")).containsExactly("目标执法主体的辖区必须包含企业所在地。");
        assertThat(departmentOf(id)).isEqualTo(demo().departmentId(ZHENGDING));
        // the city supervisor is offered only the take-over
        String supervisor = browser("sjz-supervisor").page("/enterprises/" + id + "/jurisdiction");
        assertThat(supervisor).contains("id=\"take-over-form\"").doesNotContain("id=\"reassign-form\"");
    }

    @Test
    void a_refused_take_over_marks_only_its_own_reason_field() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Response refused = browser("admin").submit("/enterprises/" + id + "/take-over",
                Http.Form.of("version", "0", "reason", "\u202E提级"));

        expect(refused, 200);
        assertThat(Html.byClass(refused.body(), "field-error")).containsExactly("含有不允许的控制字符。");
        assertThat(Html.attributeById(refused.body(), "takeOverReason", "class")).contains("invalid");
        assertThat(Objects.toString(Html.attributeById(refused.body(), "reason", "class"), ""))
                .doesNotContain("invalid");
        assertThat(departmentOf(id)).isEqualTo(demo().departmentId(ZHENGDING));
    }

    @Test
    void tianjin_admin_gets_404_for_a_hebei_users_page_and_cannot_reset_their_password() {
        String username = uniqueUsername("hb-user");
        String password = "Hebei2026user";
        long id = openAccount(username, password, ZHENGDING, "INSPECTOR");
        assertThat(browser("admin").page("/admin/users/" + id)).contains("value=\"" + username + "\"");

        Http.Browser tj = browser("tj-admin");
        Http.Response page = tj.get("/admin/users/" + id);
        expect(page, 404);
        assertThat(page.body()).contains(NOT_FOUND).doesNotContain(username);
        expect(tj.submit("/admin/users/" + id + "/password", Http.Form.of("password", "Taken2026over")), 404);
        assertThat(tj.page("/admin/users")).doesNotContain(">" + username + "<", ">zd-inspector<");
        // the password was not changed
        expect(api(username, password).get("/api/v1/me"), 200);
        expect(api(username, "Taken2026over").get("/api/v1/me"), 401);
    }

    @Test
    void a_city_supervisor_without_the_admin_role_is_refused_the_admin_pages() {
        Http.Browser sjz = browser("sjz-supervisor");
        expect(sjz.get("/admin/users"), 403);
        expect(sjz.get("/admin/audit"), 403);
    }

    // ---- stale edits ----

    @Test
    void a_stale_edit_form_shows_the_stale_message_after_a_colleague_saved_and_overwrites_nothing() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser first = browser("zd-inspector");
        Http.Form oldForm = Html.form(first.page("/enterprises/" + id + "/edit"), "/enterprises/" + id);
        assertThat(oldForm.get("version")).isEqualTo("0");

        Http.Browser colleague = browser("zd-inspector2");
        Http.Form theirs = Html.form(colleague.page("/enterprises/" + id + "/edit"), "/enterprises/" + id);
        Http.Response saved = colleague.post("/enterprises/" + id, theirs.set("name", "同事先保存的名称有限公司"));
        expect(saved, 302);

        Http.Response stale = first.post("/enterprises/" + id, oldForm.set("name", "后提交的旧表单名称有限公司"));
        expect(stale, 200);
        assertThat(stale.body()).contains(STALE).contains("已被他人修改");
        JsonNode now = api("zd-inspector").getJson("/api/v1/enterprises/" + id);
        assertThat(text(now, "name")).isEqualTo("同事先保存的名称有限公司");
        assertThat(now.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void a_stale_edit_form_is_refused_after_a_change_through_the_api() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        String name = text(api("zd-inspector").getJson("/api/v1/enterprises/" + id), "name");
        Http.Browser zd = browser("zd-inspector");
        Http.Form oldForm = Html.form(zd.page("/enterprises/" + id + "/edit"), "/enterprises/" + id);

        // meanwhile the admin moves it to the city and back, through the API
        long city = demo().departmentId(SHIJIAZHUANG);
        long county = demo().departmentId(ZHENGDING);
        expect(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", city, "reason", "临时调整"))), 200);
        expect(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", county, "reason", "发回原县"))), 200);

        Http.Response stale = zd.post("/enterprises/" + id, oldForm.set("name", "旧表单改名有限公司"));
        expect(stale, 200);
        assertThat(stale.body()).contains(STALE);
        JsonNode now = api("zd-inspector").getJson("/api/v1/enterprises/" + id);
        assertThat(text(now, "name")).isEqualTo(name);
        assertThat(now.path("version").asLong()).isEqualTo(2);
        // a fresh form saves
        Http.Form fresh = Html.form(zd.page("/enterprises/" + id + "/edit"), "/enterprises/" + id);
        expect(zd.post("/enterprises/" + id, fresh.set("name", "新表单改名有限公司")), 302);
        assertThat(text(api("zd-inspector").getJson("/api/v1/enterprises/" + id), "name")).isEqualTo("新表单改名有限公司");
    }

    // ---- sign-in ----

    @Test
    void a_wrong_password_goes_back_to_the_login_page_and_signing_in_returns_to_the_page_asked_for() {
        Http.Browser b = signedOutBrowser();
        Http.Response wrong = b.submitLogin("sjz-inspector", "Nope2026x");
        expect(wrong, 302);
        assertThat(wrong.location()).isEqualTo("/login?error");
        assertThat(b.follow(wrong).body()).contains("用户名或密码不正确。");
        Http.Response protectedPage = b.get("/enterprises");
        expect(protectedPage, 302);
        assertThat(protectedPage.location()).isEqualTo("/login");
        Http.Response signedIn = b.submitLogin("sjz-inspector", PASSWORD);
        expect(signedIn, 302);
        assertThat(signedIn.location()).as("back to the page asked for").startsWith("/enterprises");
        expect(b.follow(signedIn), 200);
        String home = b.page("/");
        assertThat(home).contains("孙执法", SHIJIAZHUANG_DEPARTMENT);
    }

    private Http.Form filledNewForm(Http.Browser browser, String code, String name) {
        Http.Form form = Html.form(browser.page("/enterprises/new"), "/enterprises");
        assertThat(form.get("divisionCode")).isEqualTo(ZHENGDING);
        return form.set("creditCode", code).set("name", name).set("address", "河北省石家庄市正定县测试路8号")
                .set("sector", "HAZARDOUS_CHEMICALS").set("employees", "56").set("riskGrade", "ORANGE");
    }

    private JsonNode only(String code) {
        JsonNode page = api("admin").getJson("/api/v1/enterprises?q=" + code);
        assertThat(page.path("items").size()).as("enterprises with code %s", code).isEqualTo(1);
        return page.path("items").get(0);
    }

    private long departmentOf(long enterpriseId) {
        return api("admin").getJson("/api/v1/enterprises/" + enterpriseId).path("department").path("id").asLong();
    }

    private void assertNotRegistered(String code) {
        JsonNode found = api("admin").getJson("/api/v1/enterprises?q=" + code);
        assertThat(found.path("items").size()).as("enterprises with code %s", code).isZero();
    }

}
