package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 企业账号 (000§(八) 企业自查自报自改): opened by an admin of the department the enterprise is assigned to, on the
 * enterprise's page or through the API; refused to everyone else (404 outside their scope, 403 when they read the
 * enterprise but may not open its account); signed in as the enterprise (the pages, HTTP Basic and bearer tokens);
 * kept on the users pages like any other account.
 */
class EnterpriseAccountIT extends EndToEndIT {

    private static final String NEW_PASSWORD = "Qiye2026open";

    private static volatile String zhengdingAdmin;
    private static volatile String xingtangAdmin;

    /** An admin of 正定县应急管理局, opened for these tests (the demo has none at county level). */
    private synchronized String zhengdingAdmin() {
        if (zhengdingAdmin == null) {
            String name = uniqueUsername("zd-admin");
            openAccount(name, PASSWORD, ZHENGDING, "ADMIN");
            zhengdingAdmin = name;
        }
        return zhengdingAdmin;
    }

    private synchronized String xingtangAdmin() {
        if (xingtangAdmin == null) {
            String name = uniqueUsername("xt-admin");
            openAccount(name, PASSWORD, XINGTANG, "ADMIN");
            xingtangAdmin = name;
        }
        return xingtangAdmin;
    }

    private static Http.Form accountForm(String username, String fullName, String password) {
        return Http.Form.of("username", username, "fullName", fullName, "password", password);
    }

    @Test
    void the_enterprises_department_admin_opens_its_account_on_the_enterprises_page() {
        JsonNode enterprise = demo().createEnterprise("zd-inspector", ZHENGDING);
        long id = enterprise.path("id").asLong();
        Http.Browser admin = browser(zhengdingAdmin());
        String page = admin.page("/enterprises/" + id);
        assertThat(Html.attributeById(page, "open-enterprise-account", "href"))
                .isEqualTo("/enterprises/" + id + "/accounts/new");
        assertThat(admin.page("/enterprises/" + id + "/accounts/new")).contains(text(enterprise, "name"));

        String username = uniqueUsername("ent");
        Http.Response opened = admin.submit("/enterprises/" + id + "/accounts",
                accountForm(username, "安全员王芳", NEW_PASSWORD));

        assertThat(opened.status()).as("%s", opened).isEqualTo(302);
        assertThat(opened.header("Location").orElseThrow()).endsWith("/enterprises/" + id + "#enterprise-accounts");
        String after = admin.page("/enterprises/" + id);
        assertThat(Html.byId(after, "enterprise-accounts")).contains(username, "安全员王芳");
        // the account is bound to the enterprise, in the enterprise's department, with the role ENTERPRISE alone
        Map<String, Object> row = jdbc().sql("SELECT enterprise_id, department_id FROM app_user WHERE username = ?")
                .param(username).query().singleRow();
        assertThat(((Number) row.get("enterprise_id")).longValue()).isEqualTo(id);
        assertThat(((Number) row.get("department_id")).longValue()).isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(jdbc().sql("SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id"
                + " WHERE u.username = ?").param(username).query(String.class).list()).containsExactly("ENTERPRISE");
        // the record names the enterprise in what it keeps of the account
        String recorded = jdbc().sql("SELECT after_state::text FROM audit_entry WHERE aggregate_type = 'UserAccount'"
                + " AND action = 'UserAccountOpened' AND after_state->>'username' = ?").param(username)
                .query(String.class).single();
        assertThat(recorded).contains("\"enterpriseId\": " + id);
    }

    @Test
    void the_enterprises_department_admin_opens_its_account_through_the_api() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        String username = uniqueUsername("ent-api");

        JsonNode account = expect(api(zhengdingAdmin()).post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", username, "fullName", "安全员", "password", NEW_PASSWORD))), 201).json();

        assertThat(text(account, "username")).isEqualTo(username);
        assertThat(account.path("enterpriseId").asLong()).isEqualTo(id);
        assertThat(account.path("roles").values()).extracting(JsonNode::asString).containsExactly("ENTERPRISE");
        assertThat(account.has("password")).isFalse();
        expect(api(username, NEW_PASSWORD).get("/api/v1/me"), 200);
    }

    @Test
    void an_admin_of_another_county_is_told_the_enterprise_does_not_exist() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);

        problem(api(xingtangAdmin()).post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", uniqueUsername("ent-x"), "fullName", "安全员", "password",
                        NEW_PASSWORD))), 404);
        expect(browser(xingtangAdmin()).get("/enterprises/" + id + "/accounts/new"), 404);
        assertThat(jdbc().sql("SELECT count(*) FROM app_user WHERE enterprise_id = ?").param(id).query(Long.class)
                .single()).isZero();
    }

    @Test
    void an_inspector_of_the_enterprises_own_department_may_not_open_its_account() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);

        problem(api("zd-inspector").post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", uniqueUsername("ent-i"), "fullName", "安全员", "password",
                        NEW_PASSWORD))), 403);
        Http.Browser inspector = browser("zd-inspector");
        expect(inspector.get("/enterprises/" + id + "/accounts/new"), 403);
        expect(inspector.submit("/enterprises/" + id + "/accounts",
                accountForm(uniqueUsername("ent-i"), "安全员", NEW_PASSWORD)), 403);
        assertThat(Html.byId(inspector.page("/enterprises/" + id), "open-enterprise-account")).isNull();
    }

    /** The province reads 正定县's enterprise and keeps its accounts, but the county answers for who acts as it. */
    @Test
    void an_admin_of_a_department_above_reads_the_enterprise_but_does_not_open_its_account() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);

        problem(api("admin").post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", uniqueUsername("ent-p"), "fullName", "安全员", "password",
                        NEW_PASSWORD))), 403);
        String page = browser("admin").page("/enterprises/" + id);
        assertThat(Html.byId(page, "open-enterprise-account")).isNull();
    }

    @Test
    void bad_input_is_refused_beside_each_field_and_on_the_api() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        Http.Browser admin = browser(zhengdingAdmin());

        Http.Response refused = admin.submit("/enterprises/" + id + "/accounts", accountForm("x", "安全员", NEW_PASSWORD));
        assertThat(refused.status()).as("%s", refused).isEqualTo(200);
        assertThat(Html.byClass(refused.body(), "field-error")).contains("用户名为 3-64 位字母、数字、点、横线或下划线，以字母或数字开头。");

        String username = uniqueUsername("ent-bad");
        refused = admin.submit("/enterprises/" + id + "/accounts", accountForm(username, "安全员", "short"));
        assertThat(Html.byClass(refused.body(), "field-error")).anySatisfy(m -> assertThat(m).contains("8"));
        refused = admin.submit("/enterprises/" + id + "/accounts", accountForm(username, " ", NEW_PASSWORD));
        assertThat(Html.byClass(refused.body(), "field-error")).contains("请填写姓名。");
        refused = admin.submit("/enterprises/" + id + "/accounts", accountForm("zd-inspector", "安全员", NEW_PASSWORD));
        assertThat(Html.byClass(refused.body(), "field-error")).contains("该用户名已被使用（用户名不区分大小写）。");

        JsonNode p = problem(api(zhengdingAdmin()).post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", "x", "fullName", "安全员", "password", NEW_PASSWORD))), 400);
        assertThat(errorsFor(p, "username")).isNotEmpty();
        p = problem(api(zhengdingAdmin()).post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", username, "fullName", "安全员", "password", "abc"))), 400);
        assertThat(errorsFor(p, "password")).isNotEmpty();
        assertThat(jdbc().sql("SELECT count(*) FROM app_user WHERE enterprise_id = ?").param(id).query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_staff_account_is_never_given_the_enterprise_role_on_the_users_page() {
        Http.Browser admin = browser("admin");
        assertThat(admin.page("/admin/users/new")).doesNotContain("value=\"ENTERPRISE\"");
        Http.Response refused = admin.submit("/admin/users", Http.Form.of("username", uniqueUsername("staff"),
                "fullName", "测试", "departmentId", String.valueOf(demo().departmentId(ZHENGDING)),
                "password", NEW_PASSWORD, "roles", "ENTERPRISE"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(Html.byClass(refused.body(), "field-error")).contains("企业账号须在该企业的页面上开设。");
    }

    @Test
    void the_database_keeps_an_enterprise_account_to_the_enterprise_role_alone() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        String username = uniqueUsername("ent-db");
        long account = expect(api(zhengdingAdmin()).post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", username, "fullName", "安全员", "password", NEW_PASSWORD))), 201)
                .json().path("id").asLong();
        long staff = jdbc().sql("SELECT id FROM app_user WHERE username = 'zd-inspector'").query(Long.class).single();

        assertThatThrownBy(() -> jdbc().sql("INSERT INTO app_user_role (user_id, role) VALUES (?, 'INSPECTOR')")
                .param(account).update()).hasMessageContaining("holds the role ENTERPRISE alone");
        assertThatThrownBy(() -> jdbc().sql("INSERT INTO app_user_role (user_id, role) VALUES (?, 'ENTERPRISE')")
                .param(staff).update()).hasMessageContaining("holds the role ENTERPRISE without an enterprise");
        assertThatThrownBy(() -> jdbc().sql("UPDATE app_user SET certificate_number = '冀执1' WHERE id = ?")
                .param(account).update()).hasMessageContaining("app_user_enterprise_without_certificate_check");
    }

    @Test
    void the_enterprise_account_signs_in_to_its_own_start_page() {
        Http.Browser ent = browser("zd-ent");
        String home = ent.page("/");

        assertThat(Html.byId(home, "own-enterprise-name")).isEqualTo("正定县恒安化工有限公司");
        assertThat(Html.byId(home, "own-enterprise-credit-code")).isEqualTo("911301230000910291");
        assertThat(Html.byId(home, "own-enterprise-department")).isEqualTo(Demo.ZHENGDING_DEPARTMENT);
        // its menu offers nothing of the departments
        assertThat(Html.links(home, "/(enterprises|inspections|plans|checklists|recusals|admin)[^\"]*")).isEmpty();
        assertThat(home).contains("恒安化工安全员 · 正定县恒安化工有限公司");
        expect(ent.get("/account/password"), 200);
    }

    @Test
    void me_names_the_enterprise_of_an_enterprise_account_and_none_for_staff() {
        JsonNode me = api("zd-ent").getJson("/api/v1/me");
        assertThat(text(me, "username")).isEqualTo("zd-ent");
        assertThat(me.path("roles").values()).extracting(JsonNode::asString).containsExactly("ENTERPRISE");
        assertThat(text(me.path("enterprise"), "name")).isEqualTo("正定县恒安化工有限公司");
        assertThat(text(me.path("enterprise"), "creditCode")).isEqualTo("911301230000910291");
        assertThat(me.path("enterprise").path("id").asLong()).isPositive();
        assertThat(text(me.path("department"), "name")).isEqualTo(Demo.ZHENGDING_DEPARTMENT);

        JsonNode staff = api("zd-inspector").getJson("/api/v1/me");
        assertThat(staff.path("enterprise").isMissingNode() || staff.path("enterprise").isNull()).isTrue();
        assertThat(text(staff.path("department"), "name")).isEqualTo(Demo.ZHENGDING_DEPARTMENT);
    }

    @Test
    void a_bearer_token_of_an_enterprise_account_acts_as_the_enterprise() {
        String token = expect(api("zd-ent").post("/api/v1/tokens", ""), 201).json().path("token").asString();

        Http.Response me = bearer("GET", "/api/v1/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(text(me.json().path("enterprise"), "name")).isEqualTo("正定县恒安化工有限公司");
        problem(bearer("GET", "/api/v1/enterprises", token), 403);
        problem(bearer("GET", "/api/v1/inspections", token), 403);
        expect(bearer("DELETE", "/api/v1/tokens/current", token), 204);
    }

    @Test
    void an_enterprise_account_is_kept_on_the_users_pages_like_any_other() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        String username = uniqueUsername("ent-keep");
        long account = expect(api(zhengdingAdmin()).post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", username, "fullName", "安全员", "password", NEW_PASSWORD))), 201)
                .json().path("id").asLong();
        String name = jdbc().sql("SELECT name FROM enterprise WHERE id = ?").param(id).query(String.class).single();

        // the province admin keeps it: the list names the enterprise, the password is reset, the account disabled
        Http.Browser admin = browser("admin");
        String list = admin.page("/admin/users?q=" + username);
        assertThat(Html.byClass(list, "bound-enterprise")).containsExactly("所属企业：" + name);
        String form = admin.page("/admin/users/" + account);
        assertThat(Html.byId(form, "bound-enterprise")).contains(name);
        expect(admin.submit("/admin/users/" + account + "/password", Http.Form.of("password", "Reset2026ent")), 302);
        expect(api(username, "Reset2026ent").get("/api/v1/me"), 200);
        expect(api(username, NEW_PASSWORD).get("/api/v1/me"), 401);

        // the reset moved the account's version on: the form is read again
        Http.Form edit = Html.form(admin.page("/admin/users/" + account), "/admin/users/" + account);
        edit.set("fullName", "安全员李强");
        expect(admin.submit("/admin/users/" + account, edit), 302);
        assertThat(jdbc().sql("SELECT full_name FROM app_user WHERE id = ?").param(account).query(String.class)
                .single()).isEqualTo("安全员李强");

        // a role added to it is refused on the field, and so is a move to another department
        Http.Form withRole = Html.form(admin.page("/admin/users/" + account), "/admin/users/" + account);
        withRole.add("roles", "INSPECTOR");
        Http.Response refused = admin.submit("/admin/users/" + account, withRole);
        assertThat(Html.byClass(refused.body(), "field-error")).contains("企业账号只能持有“企业账号”一个角色。");

        Http.Form disabled = Html.form(admin.page("/admin/users/" + account), "/admin/users/" + account);
        disabled.remove("enabled");
        expect(admin.submit("/admin/users/" + account, disabled), 302);
        expect(api(username, "Reset2026ent").get("/api/v1/me"), 401);
    }

    /**
     * 调整管辖 moves the enterprise's accounts with it, in the same transaction and on the record: the new department's
     * admins keep them, the old one's are told they do not exist; a move that is refused leaves them where they were.
     */
    @Test
    void an_enterprise_account_follows_its_enterprise_to_the_department_it_is_reassigned_to() {
        long id = demo().createEnterpriseId("zd-inspector", ZHENGDING);
        String username = uniqueUsername("ent-move");
        long account = expect(api(zhengdingAdmin()).post("/api/v1/enterprises/" + id + "/accounts",
                Http.json(Map.of("username", username, "fullName", "安全员", "password", NEW_PASSWORD))), 201)
                .json().path("id").asLong();
        long county = demo().departmentId(ZHENGDING);
        long city = demo().departmentId(SHIJIAZHUANG);
        String cityAdmin = uniqueUsername("sjz-admin");
        openAccount(cityAdmin, PASSWORD, SHIJIAZHUANG, "ADMIN");
        expect(browser(zhengdingAdmin()).get("/admin/users/" + account), 200);

        // refused: the county admin may not move the enterprise out of the county; the account stays
        Http.Response refused = api(zhengdingAdmin()).put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", city, "reason", "调整至市局管辖")));
        assertThat(refused.status()).as("%s", refused).isIn(400, 403, 404);
        assertThat(departmentOfAccount(account)).isEqualTo(county);

        // the province moves the enterprise to the city: its account follows in the same transaction
        expect(api("admin").put("/api/v1/enterprises/" + id + "/department",
                Http.json(Map.of("departmentId", city, "reason", "跨县经营，调整至市局管辖"))), 200);
        assertThat(departmentOfAccount(account)).isEqualTo(city);
        assertThat(jdbc().sql("SELECT (SELECT xmin::text FROM app_user WHERE id = ?)"
                        + " = (SELECT xmin::text FROM enterprise WHERE id = ?)").param(account).param(id)
                .query(Boolean.class).single()).as("written by the transaction that reassigned the enterprise").isTrue();
        Map<String, Object> entry = jdbc().sql("SELECT username, department_id, before_state->>'departmentId' AS was,"
                        + " after_state->>'departmentId' AS now FROM audit_entry WHERE aggregate_type = 'UserAccount'"
                        + " AND aggregate_id = ? AND action = 'UserAccountMovedWithEnterprise'")
                .param(String.valueOf(account)).query().singleRow();
        assertThat(entry).containsEntry("username", "admin").containsEntry("was", String.valueOf(county))
                .containsEntry("now", String.valueOf(city));
        assertThat(((Number) entry.get("department_id")).longValue()).isEqualTo(city);

        // the city's admins keep it now, the county's no longer
        expect(browser(zhengdingAdmin()).get("/admin/users/" + account), 404);
        String name = jdbc().sql("SELECT name FROM enterprise WHERE id = ?").param(id).query(String.class).single();
        assertThat(Html.byClass(browser(zhengdingAdmin()).page("/admin/users?q=" + username), "bound-enterprise"))
                .isEmpty();
        Http.Browser keeper = browser(cityAdmin);
        assertThat(Html.byClass(keeper.page("/admin/users?q=" + username), "bound-enterprise"))
                .containsExactly("所属企业：" + name);
        expect(keeper.submit("/admin/users/" + account + "/password", Http.Form.of("password", "Moved2026ent")),
                302);
        assertThat(text(api(username, "Moved2026ent").getJson("/api/v1/me").path("enterprise"), "name"))
                .isNotBlank();
    }

    private long departmentOfAccount(long account) {
        return jdbc().sql("SELECT department_id FROM app_user WHERE id = ?").param(account).query(Long.class)
                .single();
    }

    private Http.Response bearer(String method, String path, String token) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build();
            java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Response(method, request.uri(), r.statusCode(), r.headers(), r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
