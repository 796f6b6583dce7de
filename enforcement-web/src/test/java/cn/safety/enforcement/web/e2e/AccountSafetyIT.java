package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Changes to an account reach the sessions signed in with it; nobody raises their own rights; no NUL gets in. */
class AccountSafetyIT extends EndToEndIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_user_whose_account_an_admin_changes_is_signed_out_everywhere() {
        String username = uniqueUsername("revoked");
        long id = openAccount(username, "Revoke-2026-pass", "130100", "SUPERVISOR");
        Http.Browser user = browser(username, "Revoke-2026-pass");
        expect(user.get("/enterprises"), 200);

        Http.Browser admin = browser("admin");
        Http.Form form = Html.form(admin.page("/admin/users/" + id), "/admin/users/" + id);
        form.remove("roles").add("roles", "INSPECTOR");
        Http.Response saved = admin.submit("/admin/users/" + id, form);
        expect(saved, 302);

        Http.Response after = user.get("/enterprises");
        expect(after, 302);
        assertThat(after.location()).endsWith("/login");
        expect(admin.get("/admin/users"), 200);
    }

    @Test
    void an_admin_cannot_grant_themselves_a_role_nor_move_themselves() {
        String username = uniqueUsername("self-admin");
        long id = openAccount(username, "SelfAdmin-2026", "130100", "ADMIN");
        Http.Browser admin = browser(username, "SelfAdmin-2026");
        Http.Form form = Html.form(admin.page("/admin/users/" + id), "/admin/users/" + id);
        form.add("roles", "SUPERVISOR");

        Http.Response refused = admin.submit("/admin/users/" + id, form);

        expect(refused, 200);
        assertThat(refused.body()).contains("不能修改自己的角色");
        assertThat(api(username, "SelfAdmin-2026").getJson("/api/v1/me").get("roles").toString())
                .isEqualTo("[\"ADMIN\"]");
    }

    @Test
    void wrong_current_passwords_on_the_password_page_count_like_failed_sign_ins_and_lock() {
        String username = uniqueUsername("guess");
        openAccount(username, "Guess-2026-pass", "130123", "SUPERVISOR");
        Http.Browser session = browser(username, "Guess-2026-pass");
        for (int i = 0; i < 5; i++) {
            Http.Response wrong = session.submit("/account/password", Http.Form.of("currentPassword", "Wrong-2026-" + i,
                    "newPassword", "Next-2026-pass", "confirmPassword", "Next-2026-pass"));
            expect(wrong, 200);
            assertThat(wrong.body()).contains("当前密码不正确");
        }

        Http.Response locked = session.submit("/account/password", Http.Form.of("currentPassword", "Guess-2026-pass",
                "newPassword", "Next-2026-pass", "confirmPassword", "Next-2026-pass"));
        expect(locked, 200);
        assertThat(locked.body()).contains("账户已临时锁定");
        problem(api(username, "Guess-2026-pass").get("/api/v1/me"), 401);
    }

    @Test
    void a_username_that_differs_from_an_existing_one_only_by_case_is_refused_on_the_username_field() {
        Http.Browser admin = browser("admin");
        Http.Response refused = admin.submit("/admin/users", Http.Form.of("username", "ADMIN", "fullName", "大写管理员",
                "departmentId", String.valueOf(demo().departmentId(Demo.HEBEI)), "password", "Twin-2026-admin",
                "roles", "ADMIN"));

        expect(refused, 200);
        assertThat(Html.byClass(refused.body(), "field-error")).containsExactly("该用户名已被使用（用户名不区分大小写）。");
        assertThat(Html.inputValue(refused.body(), "username")).isEqualTo("ADMIN");
        assertThat(jdbc.sql("SELECT username FROM app_user WHERE lower(username) = 'admin'").query(String.class)
                .list()).containsExactly("admin");
    }

    @Test
    void any_spelling_of_a_username_signs_in_to_the_one_account() {
        String username = uniqueUsername("spelled");
        openAccount(username, "Spelled-2026-pass", "130123", "SUPERVISOR");

        JsonNode me = api(username.toUpperCase(), "Spelled-2026-pass").getJson("/api/v1/me");
        assertThat(text(me, "username")).isEqualTo(username);
        Http.Browser page = browser("S" + username.substring(1), "Spelled-2026-pass");
        expect(page.get("/enterprises"), 200);
    }

    @Test
    void an_admin_cannot_reset_their_own_password_on_the_admin_page_and_is_sent_to_the_password_page() {
        String username = uniqueUsername("self-reset");
        long id = openAccount(username, "SelfReset-2026", "130100", "ADMIN");
        Http.Browser admin = browser(username, "SelfReset-2026");

        Http.Response refused = admin.submit("/admin/users/" + id + "/password",
                Http.Form.of("password", "Taken-2026-over"));

        expect(refused, 302);
        String page = admin.follow(refused).body();
        assertThat(page).contains("不能在此重置自己的密码，请在“修改密码”页面输入当前密码后修改。")
                .doesNotContain("action=\"/admin/users/" + id + "/password\"");
        expect(api(username, "SelfReset-2026").get("/api/v1/me"), 200);
        problem(api(username, "Taken-2026-over").get("/api/v1/me"), 401);
    }

    @Test
    void a_refused_password_reset_is_shown_beside_the_new_password_field() {
        String username = uniqueUsername("short-reset");
        long id = openAccount(username, "Short-2026-reset", "130123", "INSPECTOR");
        Http.Browser admin = browser("admin");

        Http.Response refused = admin.submit("/admin/users/" + id + "/password", Http.Form.of("password", "abc"));

        expect(refused, 302);
        String page = admin.follow(refused).body();
        assertThat(Html.byId(page, "newPassword-error")).isEqualTo("密码至少 8 位。");
        assertThat(Html.attributeById(page, "newPassword", "class")).contains("invalid");
        assertThat(Html.byClass(page, "alert")).noneSatisfy(alert -> assertThat(alert).contains("密码至少 8 位。"));
        expect(api(username, "Short-2026-reset").get("/api/v1/me"), 200);
    }

    @Test
    void a_nul_character_in_a_parameter_is_a_400_not_a_server_error() {
        JsonNode p = problem(api("zd-inspector").get("/api/v1/enterprises?q=a%00b"), 400);
        assertThat(text(p, "detail")).contains("控制字符");
        expect(browser("zd-inspector").get("/enterprises?q=%00"), 400);
    }

    @Test
    void a_nul_character_in_a_json_field_is_refused_on_that_field() {
        String body = Http.json(Demo.enterpriseBody(Demo.newCreditCode("130123"), "130123", "控制\u0000字符有限公司"));
        JsonNode p = problem(api("zd-inspector").post("/api/v1/enterprises", body), 400);
        assertThat(Http.errorFields(p)).contains("name");
    }

    @Test
    void an_enterprise_cannot_be_placed_in_a_province_or_a_city_divided_into_counties() {
        String body = Http.json(Demo.enterpriseBody(Demo.newCreditCode("130100"), "130100", "市本级位置有限公司"));
        JsonNode p = problem(api("sjz-supervisor").post("/api/v1/enterprises", body), 400);
        assertThat(Http.errorsFor(p, "divisionCode")).singleElement().asString().contains("县级");
    }
}
