package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling: five failed sign-ins lock the username for a while, over the API and the login page alike.
 * Every test locks only accounts it has just opened, so the demo users stay usable.
 */
class LoginThrottleIT extends EndToEndIT {

    private static final String LOCKED = "登录失败次数过多，账户已临时锁定，请稍后再试。";
    private static final String UNAUTHORIZED = "需要用户名和密码（HTTP Basic）。";

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
}
