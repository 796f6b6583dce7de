package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling: five failed sign-ins lock the username for a while, over the API and the login page alike.
 * Every test locks only accounts it has just opened, so the demo users stay usable.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIT extends EndToEndIT {

    private static final String LOCKED = "登录失败次数过多，账户已临时锁定，请稍后再试。";
    private static final String UNAUTHORIZED = "需要用户名和密码（HTTP Basic）。";

    @Autowired
    JdbcClient jdbc;

    @Test
    void five_wrong_passwords_lock_the_account_and_then_even_the_right_password_gets_401() {
        String username = uniqueUsername("lock-api");
        String password = "Right2026pass";
        openAccount(username, password, ZHENGDING, "INSPECTOR");
        expect(api(username, password).get("/api/v1/me"), 200);

        for (int i = 1; i <= 5; i++) {
            JsonNode p = problem(api(username, "Wrong2026pass" + i).get("/api/v1/me"), 401);
            assertThat(text(p, "detail")).as("failure %d", i).isEqualTo(UNAUTHORIZED);
        }
        JsonNode locked = problem(api(username, password).get("/api/v1/me"), 401);
        assertThat(text(locked, "detail")).isEqualTo(LOCKED);
        JsonNode lockedPost = problem(api(username, password).post("/api/v1/enterprises",
                Http.json(Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, "锁定后登记"))), 401);
        assertThat(text(lockedPost, "detail")).isEqualTo(LOCKED);

        // the login page refuses it too, with the locked message
        Http.Browser browser = signedOutBrowser();
        Http.Response page = browser.submitLogin(username, password);
        expect(page, 302);
        assertThat(page.location()).isEqualTo("/login?locked");
        assertThat(browser.follow(page).body()).contains(LOCKED);
        expect(browser.get("/enterprises"), 302);
    }

    @Test
    void failures_on_the_login_page_count_and_lock_the_api_too() {
        String username = uniqueUsername("lock-page");
        String password = "Right2026page";
        openAccount(username, password, ZHENGDING, "INSPECTOR");
        Http.Browser browser = signedOutBrowser();
        for (int i = 1; i <= 5; i++) {
            Http.Response wrong = browser.submitLogin(username, "Wrong2026page" + i);
            expect(wrong, 302);
            assertThat(wrong.location()).as("failure %d", i).isEqualTo("/login?error");
        }
        Http.Response right = browser.submitLogin(username, password);
        expect(right, 302);
        assertThat(right.location()).isEqualTo("/login?locked");
        assertThat(text(problem(api(username, password).get("/api/v1/me"), 401), "detail")).isEqualTo(LOCKED);
    }

    @Test
    void four_wrong_passwords_do_not_lock_and_a_success_starts_the_count_again() {
        String username = uniqueUsername("nolock");
        String password = "Right2026four";
        openAccount(username, password, ZHENGDING, "INSPECTOR");
        for (int round = 1; round <= 2; round++) {
            for (int i = 1; i <= 4; i++) {
                problem(api(username, "Wrong2026four" + i).get("/api/v1/me"), 401);
            }
            JsonNode me = expect(api(username, password).get("/api/v1/me"), 200).json();
            assertThat(text(me, "username")).as("round %d", round).isEqualTo(username);
        }
    }

    @Test
    void a_lock_is_per_username_and_leaves_colleagues_signed_in() {
        String victim = uniqueUsername("lock-one");
        String colleague = uniqueUsername("lock-two");
        openAccount(victim, "Victim2026pass", ZHENGDING, "INSPECTOR");
        openAccount(colleague, "Colleague2026pass", ZHENGDING, "INSPECTOR");
        Http.Browser colleagueSession = browser(colleague, "Colleague2026pass");
        for (int i = 1; i <= 5; i++) {
            problem(api(victim, "Wrong2026one" + i).get("/api/v1/me"), 401);
        }
        assertThat(text(problem(api(victim, "Victim2026pass").get("/api/v1/me"), 401), "detail")).isEqualTo(LOCKED);
        expect(api(colleague, "Colleague2026pass").get("/api/v1/me"), 200);
        expect(colleagueSession.get("/enterprises"), 200);
    }

    @Test
    void an_unknown_username_gets_the_same_answers_and_the_same_lock_as_a_real_one() {
        String real = uniqueUsername("real");
        String unknown = uniqueUsername("ghost");
        openAccount(real, "Real2026pass", ZHENGDING, "INSPECTOR");
        for (int i = 1; i <= 5; i++) {
            JsonNode forReal = problem(api(real, "Wrong2026real" + i).get("/api/v1/me"), 401);
            JsonNode forUnknown = problem(api(unknown, "Wrong2026real" + i).get("/api/v1/me"), 401);
            assertThat(text(forUnknown, "detail")).as("failure %d", i).isEqualTo(text(forReal, "detail"))
                    .isEqualTo(UNAUTHORIZED);
        }

        assertThat(text(problem(api(real, "Real2026pass").get("/api/v1/me"), 401), "detail")).isEqualTo(LOCKED);
        assertThat(text(problem(api(unknown, "Real2026pass").get("/api/v1/me"), 401), "detail")).isEqualTo(LOCKED);
        assertThat(signedOutBrowser().submitLogin(real, "Real2026pass").location()).isEqualTo("/login?locked");
        assertThat(signedOutBrowser().submitLogin(unknown, "Real2026pass").location()).isEqualTo("/login?locked");
    }

    @Test
    void failures_under_every_spelling_of_the_name_count_against_the_one_account() {
        String username = uniqueUsername("spelling");
        openAccount(username, "Spelling2026pass", ZHENGDING, "INSPECTOR");
        String[] spellings = {username.toUpperCase(), username, "S" + username.substring(1), username.toUpperCase(),
                " " + username};
        for (String spelling : spellings) {
            problem(api(spelling, "Wrong2026spell").get("/api/v1/me"), 401);
        }

        assertThat(text(problem(api(username, "Spelling2026pass").get("/api/v1/me"), 401), "detail"))
                .isEqualTo(LOCKED);
    }

    @Test
    void a_lock_writes_a_warning_to_the_log_and_a_lock_entry_with_the_client_on_the_account(CapturedOutput output) {
        String username = uniqueUsername("traced");
        long id = openAccount(username, "Traced2026pass", ZHENGDING, "INSPECTOR");
        for (int i = 1; i <= 4; i++) {
            problem(api(username, "Wrong2026trace" + i).get("/api/v1/me"), 401);
        }
        assertThat(accountEntries(id, "UserAccountLocked")).isEmpty();

        problem(api(username, "Wrong2026trace5").get("/api/v1/me"), 401);

        assertThat(output.getAll().lines().filter(l -> l.contains(username))).singleElement().asString()
                .contains("WARN", "locked", "127.0.0.1");
        assertThat(accountEntries(id, "UserAccountLocked")).singleElement().asString()
                .contains("\"client\": \"127.0.0.1\"", "\"lockedUntil\"");
    }

    @Test
    void an_admin_sees_that_an_account_is_locked_and_until_when_and_unlocks_it() {
        String username = uniqueUsername("unlock");
        String password = "Unlock2026pass";
        long id = openAccount(username, password, ZHENGDING, "INSPECTOR");
        Http.Browser admin = browser("admin");
        assertThat(Html.byId(admin.page("/admin/users/" + id), "lock-state")).isNull();
        for (int i = 1; i <= 5; i++) {
            problem(api(username, "Wrong2026unlock" + i).get("/api/v1/me"), 401);
        }

        assertThat(Html.byId(admin.page("/admin/users/" + id), "lock-state")).matches("已锁定至 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(Html.rows(admin.page("/admin/users?after=" + (id - 1))).get(0))
                .contains(username).anySatisfy(cell -> assertThat(cell).startsWith("已锁定至"));
        expect(admin.post("/admin/users/" + id + "/unlock", Http.Form.of()), 403);
        expect(browser("tj-admin").submit("/admin/users/" + id + "/unlock", Http.Form.of()), 404);
        assertThat(text(problem(api(username, password).get("/api/v1/me"), 401), "detail")).isEqualTo(LOCKED);

        Http.Response unlocked = admin.submit("/admin/users/" + id + "/unlock", Http.Form.of());

        expect(unlocked, 302);
        assertThat(unlocked.location()).isEqualTo("/admin/users/" + id);
        String page = admin.follow(unlocked).body();
        assertThat(page).contains("已解除锁定");
        assertThat(Html.byId(page, "lock-state")).isNull();
        expect(api(username, password).get("/api/v1/me"), 200);
        assertThat(accountEntries(id, "UserAccountUnlocked")).hasSize(1);
        assertThat(jdbc.sql("SELECT username FROM audit_entry WHERE aggregate_type = 'UserAccount'"
                + " AND aggregate_id = ? AND action = 'UserAccountUnlocked'").param(String.valueOf(id)).query(String.class).single())
                .isEqualTo("admin");
        List<String> unlockRow = Html.rows(admin.page("/admin/audit")).stream()
                .filter(row -> row.contains("解除登录锁定")).findFirst().orElseThrow();
        assertThat(unlockRow).anySatisfy(cell -> assertThat(cell).contains("测试用户（" + username + "）"))
                .anySatisfy(cell -> assertThat(cell).contains("省厅管理员（admin）"))
                .noneSatisfy(cell -> assertThat(cell).contains("lockedUntil"))
                .anySatisfy(cell -> assertThat(cell).startsWith("锁定至："));
    }

    @Test
    void a_successful_sign_in_writes_nothing_to_the_throttle_unless_a_failure_is_on_record() {
        String username = uniqueUsername("quiet");
        String password = "Quiet2026pass";
        openAccount(username, password, ZHENGDING, "INSPECTOR");
        jdbc.sql("CREATE TABLE IF NOT EXISTS test_login_attempt_write (at timestamptz NOT NULL DEFAULT now())")
                .update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION test_count_login_attempt_write() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO test_login_attempt_write DEFAULT VALUES; RETURN NULL; END $$""").update();
        jdbc.sql("""
                CREATE TRIGGER test_count_login_attempt_write AFTER INSERT OR UPDATE OR DELETE ON login_attempt
                FOR EACH STATEMENT EXECUTE FUNCTION test_count_login_attempt_write()""").update();
        try {
            for (int i = 0; i < 3; i++) {
                expect(api(username, password).get("/api/v1/me"), 200);
            }
            browser(username, password);
            assertThat(throttleWrites()).as("successes with no failure on record").isZero();

            problem(api(username, "Wrong2026quiet").get("/api/v1/me"), 401);
            // (an upsert fires both the INSERT and the UPDATE statement trigger)
            long afterFailure = throttleWrites();
            assertThat(afterFailure).as("the failure").isPositive();
            expect(api(username, password).get("/api/v1/me"), 200);
            long afterClearing = throttleWrites();
            assertThat(afterClearing).as("the success that clears the failure").isGreaterThan(afterFailure);
            expect(api(username, password).get("/api/v1/me"), 200);
            browser(username, password);
            assertThat(throttleWrites()).as("successes after the failure was cleared").isEqualTo(afterClearing);
        } finally {
            jdbc.sql("DROP TRIGGER test_count_login_attempt_write ON login_attempt").update();
            jdbc.sql("DROP TABLE test_login_attempt_write").update();
            jdbc.sql("DROP FUNCTION test_count_login_attempt_write()").update();
        }
    }

    private long throttleWrites() {
        return jdbc.sql("SELECT count(*) FROM test_login_attempt_write").query(Long.class).single();
    }

    private List<String> accountEntries(long id, String action) {
        return jdbc.sql("SELECT after_state::text FROM audit_entry WHERE aggregate_type = 'UserAccount'"
                        + " AND aggregate_id = ? AND action = ? ORDER BY id")
                .params(String.valueOf(id), action).query(String.class).list();
    }
}
