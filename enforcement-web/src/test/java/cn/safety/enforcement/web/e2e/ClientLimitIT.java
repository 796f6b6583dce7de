package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.persistence.TestDatabase;
import cn.safety.enforcement.web.EnforcementApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limit per client address, set low here, and a token lifetime of ten seconds, in an application of their own. Each
 * test speaks from its own address (the load balancer's X-Forwarded-For, trusted from the loopback address), so the
 * tests do not share a limit. Failures use unknown names, so that no demo account gathers failures.
 */
@SpringBootTest(classes = EnforcementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"enforcement.login.per-client.max-failures=3", "enforcement.login.per-client.period=PT10M",
                "enforcement.api.token.lifetime=PT10S"})
class ClientLimitIT {

    private static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    private static final String THROTTLED_PAGE = "此地址的登录失败次数过多";

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void past_the_limit_the_login_form_answers_429_with_a_chinese_page_and_retry_after() {
        String address = "10.77.0.1";
        for (int i = 1; i <= 3; i++) {
            Http.Response wrong = login(address, unknown("page"), "Wrong2026page" + i);
            expect(wrong, 302);
            assertThat(wrong.location()).isEqualTo("/login?error");
        }

        Http.Response refused = login(address, "sjz-inspector", PASSWORD);

        expect(refused, 429);
        assertThat(refused.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body()).contains(THROTTLED_PAGE).doesNotContain("Exception");
        // another client is not held back
        Http.Response elsewhere = login("10.77.0.2", "sjz-inspector", PASSWORD);
        expect(elsewhere, 302);
        assertThat(elsewhere.location()).doesNotContain("/login");
    }

    @Test
    void past_the_limit_basic_and_the_token_endpoint_answer_429_problems_with_retry_after() {
        String address = "10.77.1.1";
        for (int i = 1; i <= 3; i++) {
            problem(basic(address, "GET", "/api/v1/me", unknown("api"), "Wrong2026api"), 401);
        }

        for (String[] call : new String[][]{{"GET", "/api/v1/me"}, {"POST", "/api/v1/tokens"}}) {
            Http.Response refused = basic(address, call[0], call[1], "zd-inspector", PASSWORD);
            JsonNode p = problem(refused, 429);
            assertThat(text(p, "detail")).as("%s %s", call[0], call[1]).contains("此地址的登录失败次数过多");
            assertThat(refused.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        }
        expect(basic("10.77.1.2", "GET", "/api/v1/me", "zd-inspector", PASSWORD), 200);
    }

    @Test
    void an_expired_token_gets_a_401_problem() throws InterruptedException {
        Http.Response issued = expect(basic("10.77.2.1", "POST", "/api/v1/tokens", "zd-inspector", PASSWORD), 201);
        String token = text(issued.json(), "token");
        expect(send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).GET()), 200);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), Instant.parse(text(issued.json(), "expiresAt")))
                .toMillis()) + 500);

        Http.Response expired = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).GET());
        assertThat(text(problem(expired, 401), "detail")).isEqualTo(ApiTokenIT.INVALID_TOKEN);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String unknown(String prefix) {
        return "nobody-" + prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private Http.Response login(String address, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Http.Response page = send(browser, HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("X-Forwarded-For", address).GET());
        String form = Http.Form.of("username", username, "password", password, "_csrf", Html.csrf(page.body()))
                .encoded();
        return send(browser, HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("X-Forwarded-For", address).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Http.Response basic(String address, String method, String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("X-Forwarded-For", address)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private Http.Response send(HttpRequest.Builder request) {
        return send(client, request);
    }

    private static Http.Response send(HttpClient http, HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Response(request.method(), request.uri(), r.statusCode(), r.headers(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
