package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo accounts the legal procedure needs: a head who approves, legal reviewers at county and city, and enough
 * certified inspectors in 正定县 for random draws, one with an expired certificate. They sign in with the demo password
 * and are added to a demo database opened by an earlier version, where they were missing.
 */
class DemoAccountsIT extends EndToEndIT {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ApplicationContext context;

    @ParameterizedTest
    @CsvSource({
            "zd-chief, SUPERVISOR, 正定县应急管理局",
            "zd-legal, LEGAL_REVIEWER, 正定县应急管理局",
            "sjz-legal, LEGAL_REVIEWER, 石家庄市应急管理局",
            "zd-inspector3, INSPECTOR, 正定县应急管理局",
            "zd-inspector4, INSPECTOR, 正定县应急管理局",
            "zd-inspector5, INSPECTOR, 正定县应急管理局",
            "zd-inspector6, INSPECTOR, 正定县应急管理局",
            "zd-inspector7, INSPECTOR, 正定县应急管理局",
            "zd-inspector8, INSPECTOR, 正定县应急管理局",
            "zd-inspector, INSPECTOR, 正定县应急管理局",
            "zd-inspector2, INSPECTOR, 正定县应急管理局"})
    void each_demo_account_signs_in_with_the_demo_password_and_holds_its_one_role(String username, String role,
                                                                                  String department) {
        JsonNode me = api(username).getJson("/api/v1/me");

        assertThat(text(me, "username")).isEqualTo(username);
        assertThat(me.path("roles").toString()).isEqualTo("[\"" + role + "\"]");
        assertThat(text(me.path("department"), "name")).isEqualTo(department);
        Http.Response home = expect(browser(username).get("/"), 200);
        assertThat(home.body()).contains(fullName(username));
    }

    @Test
    void the_county_inspectors_certificates_are_valid_today_except_the_one_that_expired_at_the_end_of_2025() {
        List<String> valid = jdbc.sql("""
                        SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                        WHERE r.role = 'INSPECTOR' AND u.username LIKE 'zd-inspector%'
                          AND current_date BETWEEN u.certificate_valid_from AND u.certificate_valid_until
                        ORDER BY u.username""")
                .query(String.class).list();
        assertThat(valid).containsExactly("zd-inspector", "zd-inspector2", "zd-inspector3", "zd-inspector4",
                "zd-inspector5", "zd-inspector6", "zd-inspector7");
        assertThat(jdbc.sql("SELECT certificate_valid_until::text FROM app_user WHERE username = 'zd-inspector8'")
                .query(String.class).single()).isEqualTo("2025-12-31");
    }

    @Test
    void the_admin_sees_the_expired_certificate_marked_in_the_list_and_on_the_account() {
        Http.Browser admin = browser("admin");
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = 'zd-inspector8'").query(Long.class).single();
        long valid = jdbc.sql("SELECT id FROM app_user WHERE username = 'zd-inspector7'").query(Long.class).single();

        String account = expect(admin.get("/admin/users/" + id), 200).body();
        assertThat(Html.byId(account, "certificate-expired")).contains("2025-12-31", "到期");
        assertThat(Html.byId(expect(admin.get("/admin/users/" + valid), 200).body(), "certificate-expired")).isNull();

        String page = expect(admin.get("/admin/users?after=" + (id - 1)), 200).body();
        List<String> row = Html.rows(page).stream().filter(r -> r.get(0).equals("zd-inspector8")).findFirst()
                .orElseThrow();
        assertThat(row.get(1)).isEqualTo("高振华");
        assertThat(row.get(3)).isEqualTo("执法人员");
        assertThat(row.get(4)).contains("冀执13012320210011", "2025-12-31", "已过期");
        List<String> validRow = Html.rows(expect(admin.get("/admin/users?after=" + (valid - 1)), 200).body())
                .stream().filter(r -> r.get(0).equals("zd-inspector7")).findFirst().orElseThrow();
        assertThat(validRow.get(4)).doesNotContain("已过期");
    }

    @Test
    void a_demo_database_of_an_earlier_version_gets_the_missing_accounts_on_the_next_start_and_keeps_the_others()
            throws Exception {
        long chiefId = jdbc.sql("SELECT id FROM app_user WHERE username = 'zd-chief'").query(Long.class).single();
        jdbc.sql("UPDATE app_user SET full_name = '韩志刚（已改）' WHERE id = ?").param(chiefId).update();
        // as in a database of the earlier version: the legal reviewer of the city is not there
        jdbc.sql("DELETE FROM app_user WHERE username = 'sjz-legal'").update();

        context.getBean("demoAccounts", ApplicationRunner.class).run(null);
        context.getBean("demoAccounts", ApplicationRunner.class).run(null);

        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = 'sjz-legal'").query(Long.class)
                .single()).isEqualTo(1);
        JsonNode me = api("sjz-legal").getJson("/api/v1/me");
        assertThat(me.path("roles").toString()).isEqualTo("[\"LEGAL_REVIEWER\"]");
        assertThat(text(me.path("department"), "name")).isEqualTo("石家庄市应急管理局");
        assertThat(jdbc.sql("SELECT full_name FROM app_user WHERE id = ?").param(chiefId).query(String.class)
                .single()).isEqualTo("韩志刚（已改）");
        jdbc.sql("UPDATE app_user SET full_name = '韩志刚' WHERE id = ?").param(chiefId).update();
    }

    private String fullName(String username) {
        return jdbc.sql("SELECT full_name FROM app_user WHERE username = ?").param(username).query(String.class)
                .single();
    }
}
