package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.web.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP sessions in the database: parallel requests on one session never fail, nobody gets a session before signing in,
 * a session that never signed in lives briefly, and reading pages does not write the session on every request while
 * the idle timeout is still measured.
 */
class SessionIT extends EndToEndIT {

    private static final long SIGNED_IN_TIMEOUT_SECONDS = Duration.ofHours(8).toSeconds();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void parallel_requests_on_a_freshly_signed_in_session_all_succeed() throws Exception {
        for (int round = 0; round < 3; round++) {
            Http.Browser browser = browser("zd-inspector");
            List<String> paths = List.of("/", "/enterprises", "/css/app.css", "/account/password",
                    "/enterprises/new", "/enterprises?sector=MINING", "/", "/enterprises");
            List<Http.Response> answers = inParallel(paths, browser::get);
            for (Http.Response r : answers) {
                assertThat(r.status()).as("round %d: %s", round, r).isEqualTo(200);
            }
            // the session is still whole: the next page is served to the same signed-in user
            assertThat(browser.page("/enterprises")).contains("正定县");
        }
    }

    @Test
    void parallel_requests_of_a_client_without_a_session_all_succeed() throws Exception {
        for (int round = 0; round < 3; round++) {
            Http.Browser browser = signedOutBrowser();
            List<String> paths = List.of("/login", "/login", "/css/app.css", "/enterprises", "/",
                    "/login?lang=en", "/enterprises?sector=MINING", "/login");
            List<Http.Response> answers = inParallel(paths, browser::get);
            for (Http.Response r : answers) {
                assertThat(r.status()).as("round %d: %s", round, r).isIn(200, 302);
            }
            // and then the same client signs in with what it was given
            browser.signIn("zd-inspector", PASSWORD);
            assertThat(browser.page("/enterprises")).contains("正定县");
        }
    }

    @Test
    void parallel_form_submissions_on_one_session_all_succeed_and_leave_their_messages() throws Exception {
        Http.Browser zd = browser("zd-inspector");
        Http.Form blank = Html.form(zd.page("/enterprises/new"), "/enterprises");
        List<Http.Form> forms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String code = Demo.newCreditCode(Demo.ZHENGDING);
            Http.Form form = new Http.Form();
            blank.entries().forEach(field -> form.add(field.getKey(), field.getValue()));
            forms.add(form.set("creditCode", code).set("name", "并行登记测试" + code.substring(10, 17) + "有限公司")
                    .set("address", "正定县并行路1号").set("sector", "INDUSTRY_TRADE").set("riskGrade", "BLUE")
                    .set("employees", "12"));
        }
        // every submission adds the flash message to the session at the same moment
        List<Http.Response> answers = inParallel(forms, form -> zd.post("/enterprises", form));
        for (Http.Response r : answers) {
            expect(r, 302);
            assertThat(r.location()).matches("/enterprises/\\d+");
        }
        assertThat(zd.page("/enterprises")).contains("正定县");
    }

    @Test
    void two_requests_adding_the_same_attribute_to_one_session_both_succeed() {
        Session created = createAndSave();
        @SuppressWarnings("unchecked")
        var repository = (FindByIndexNameSessionRepository<Session>) sessions;
        Session first = repository.findById(created.getId());
        Session second = repository.findById(created.getId());
        first.setAttribute("flash", "first");
        second.setAttribute("flash", "second");

        repository.save(first);
        repository.save(second);

        assertThat(repository.findById(created.getId()).<String>getAttribute("flash")).isEqualTo("second");
        repository.deleteById(created.getId());
    }

    @Test
    void anonymous_requests_leave_no_session_in_the_database_and_set_no_session_cookie() {
        long start = System.currentTimeMillis();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/login", "/login?lang=en", "/login?error", "/css/app.css", "/error",
                "/actuator/health", "/enterprises", "/")) {
            HttpResponse<String> r = get(client, path);
            assertThat(r.headers().allValues("Set-Cookie")).as("cookies of GET %s", path)
                    .noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(anonymousSessionsCreatedSince(start)).isZero();
    }

    @Test
    void the_login_form_carries_a_working_csrf_token_without_a_session_and_sign_in_creates_one() {
        Http.Browser browser = signedOutBrowser();
        Http.Response page = expect(browser.get("/login"), 200);
        String token = Html.csrf(page.body());
        assertThat(page.header("Set-Cookie").orElse("")).doesNotStartWith("SESSION=");

        // without the token the form is refused, with it the user is let in
        Http.Response refused = browser.post("/login", Http.Form.of("username", "zd-inspector", "password", PASSWORD));
        assertThat(refused.status()).as("%s", refused).isIn(302, 403);
        if (refused.status() == 302) {
            assertThat(refused.location()).startsWith("/login");
        }
        Http.Response signedIn = browser.post("/login",
                Http.Form.of("username", "zd-inspector", "password", PASSWORD, "_csrf", token));
        expect(signedIn, 302);
        assertThat(signedIn.location()).doesNotStartWith("/login");
        assertThat(sessionCookie(signedIn)).isNotBlank();
        assertThat(browser.page("/")).contains("正定县");
        assertThat(sessionsOf("zd-inspector")).contains(sessionCookieValue(signedIn));
    }

    @Test
    void signing_in_again_from_a_signed_in_browser_changes_the_session_id() {
        Http.Browser browser = browser("zd-inspector");
        List<String> before = sessionsOf("zd-inspector");
        Http.Response again = browser.submitLogin("zd-inspector2", PASSWORD);
        expect(again, 302);
        String newId = sessionCookieValue(again);
        assertThat(newId).isNotBlank();
        assertThat(before).doesNotContain(newId);
        assertThat(sessionsOf("zd-inspector2")).contains(newId);
    }

    @Test
    void a_session_that_never_signed_in_lives_minutes_and_a_signed_in_one_the_working_day() {
        Session anonymous = createAndSave();
        Integer anonymousSeconds = jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?")
                .param(anonymous.getId()).query(Integer.class).single();
        assertThat(anonymousSeconds).isPositive().isLessThanOrEqualTo((int) Duration.ofMinutes(30).toSeconds());
        sessions.deleteById(anonymous.getId());

        browser("zd-inspector2");
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'zd-inspector2'")
                .query(Integer.class).list()).isNotEmpty().allMatch(s -> s == SIGNED_IN_TIMEOUT_SECONDS);
    }

    @Test
    void reading_pages_does_not_write_the_session_but_a_stale_last_access_is_renewed() {
        Http.Browser browser = browser("hb-inspector");
        browser.page("/");
        List<String> statements = SqlStatements.during(() -> browser.page("/enterprises"));
        assertThat(statements).as("statements of a page read:%s", SqlStatements.show(statements))
                .noneMatch(SessionIT::writesTheSession);

        // two minutes without a request: the next one renews the last access and so the expiry
        long now = System.currentTimeMillis();
        long twoMinutesAgo = now - Duration.ofMinutes(2).toMillis();
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE principal_name = 'hb-inspector'")
                .params(twoMinutesAgo, twoMinutesAgo + SIGNED_IN_TIMEOUT_SECONDS * 1000).update();
        browser.page("/");
        List<long[]> rows = jdbc.sql("SELECT last_access_time, expiry_time FROM spring_session"
                        + " WHERE principal_name = 'hb-inspector'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r[0]).isGreaterThanOrEqualTo(now);
            assertThat(r[1]).isEqualTo(r[0] + SIGNED_IN_TIMEOUT_SECONDS * 1000);
        });
    }

    @Test
    void a_session_idle_longer_than_the_timeout_has_ended() {
        Http.Browser browser = browser("sjz-inspector");
        long longAgo = System.currentTimeMillis() - Duration.ofHours(8).plusMinutes(1).toMillis();
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE principal_name = 'sjz-inspector'")
                .params(longAgo, longAgo + SIGNED_IN_TIMEOUT_SECONDS * 1000).update();
        Http.Response r = browser.get("/enterprises");
        expect(r, 302);
        assertThat(r.location()).startsWith("/login");
    }

    private static boolean writesTheSession(String sql) {
        String s = sql.strip().toUpperCase();
        return (s.startsWith("UPDATE") || s.startsWith("INSERT") || s.startsWith("DELETE")) && s.contains("SPRING_SESSION");
    }

    @SuppressWarnings("unchecked")
    private Session createAndSave() {
        var repository = (FindByIndexNameSessionRepository<Session>) sessions;
        Session s = repository.createSession();
        repository.save(s);
        return s;
    }

    private List<String> sessionsOf(String username) {
        return jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = ?").param(username)
                .query(String.class).list().stream().map(String::strip).toList();
    }

    private long anonymousSessionsCreatedSince(long millis) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= ? AND principal_name IS NULL")
                .param(millis).query(Long.class).single();
    }

    private static String sessionCookie(Http.Response r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElse("");
    }

    /** The session id the cookie carries (Spring Session base64-encodes it). */
    private static String sessionCookieValue(Http.Response r) {
        String cookie = sessionCookie(r);
        if (cookie.isEmpty()) {
            return "";
        }
        String value = cookie.substring("SESSION=".length()).split(";", 2)[0];
        return new String(java.util.Base64.getDecoder().decode(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(HttpClient client, String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base() + path))
                            .header("Accept", "text/html,*/*;q=0.8").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends every request at the same moment from its own thread, as a browser loading a page does. */
    private static <T> List<Http.Response> inParallel(List<T> requests, Function<T, Http.Response> send)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch ready = new CountDownLatch(requests.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (T request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return send.apply(request);
                }));
            }
            ready.await();
            go.countDown();
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
