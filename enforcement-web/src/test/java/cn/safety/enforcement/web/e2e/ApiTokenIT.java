package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Demo.HEBEI;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Bearer tokens for the API: issued once after a password check, cheap to check on every call, revoked by their holder
 * or by any change to the account, never accepted by the pages.
 */
class ApiTokenIT extends EndToEndIT {

    static final String INVALID_TOKEN = "访问令牌无效、已过期或已撤销，请重新申请令牌。";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_token_is_issued_for_the_password_used_once_then_works_until_it_is_revoked() {
        String username = uniqueUsername("token");
        openAccount(username, "Token2026pass", ZHENGDING, "INSPECTOR");

        Http.Response issued = api(username, "Token2026pass").post("/api/v1/tokens", "");

        expect(issued, 201);
        assertThat(issued.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String token = text(issued.json(), "token");
        assertThat(token).matches("[A-Za-z0-9_-]{43,}");
        assertThat(Instant.parse(text(issued.json(), "expiresAt")))
                .isCloseTo(Instant.now().plus(Duration.ofHours(8)), within(Duration.ofMinutes(2)));
        assertThat(text(bearer("GET", "/api/v1/me", token).json(), "username")).isEqualTo(username);
        assertThat(bearer("GET", "/api/v1/enterprises?size=5", token).json().path("items").values())
                .allSatisfy(e -> assertThat(text(e, "divisionCode")).isEqualTo(ZHENGDING));

        expect(bearer("DELETE", "/api/v1/tokens/current", token), 204);

        Http.Response refused = bearer("GET", "/api/v1/me", token);
        assertThat(text(problem(refused, 401), "detail")).isEqualTo(INVALID_TOKEN);
        assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        expect(bearer("DELETE", "/api/v1/tokens/current", token), 401);
    }

    @Test
    void only_the_hash_of_a_token_is_kept_and_its_issue_and_revocation_are_in_the_audit_log() throws Exception {
        String username = uniqueUsername("hashed");
        openAccount(username, "Hashed2026pass", ZHENGDING, "INSPECTOR");
        String token = issue(username, "Hashed2026pass");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));

        List<String> stored = jdbc.sql("SELECT t::text FROM api_token t JOIN app_user u ON u.id = t.user_id"
                + " WHERE u.username = ?").param(username).query(String.class).list();
        assertThat(stored).singleElement().asString().contains(sha256).doesNotContain(token);

        expect(bearer("DELETE", "/api/v1/tokens/current", token), 204);

        assertThat(jdbc.sql("SELECT action || ' ' || username FROM audit_entry WHERE aggregate_type = 'ApiToken'"
                        + " AND aggregate_id IN (SELECT t.id::text FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE u.username = ?) ORDER BY id")
                .param(username).query(String.class).list())
                .containsExactly("ApiTokenIssued " + username, "ApiTokenRevoked " + username);
    }

    @Test
    void a_wrong_password_gets_no_token_and_counts_toward_the_lock() {
        String username = uniqueUsername("token-wrong");
        openAccount(username, "Right2026token", ZHENGDING, "INSPECTOR");
        for (int i = 1; i <= 5; i++) {
            JsonNode p = problem(api(username, "Wrong2026token" + i).post("/api/v1/tokens", ""), 401);
            assertThat(text(p, "detail")).as("failure %d", i).isEqualTo("需要用户名和密码（HTTP Basic）。");
        }

        JsonNode locked = problem(api(username, "Right2026token").post("/api/v1/tokens", ""), 401);
        assertThat(text(locked, "detail")).isEqualTo("登录失败次数过多，账户已临时锁定，请稍后再试。");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ?")
                .param(username).query(Long.class).single()).isZero();
    }

    @Test
    void malformed_unknown_and_empty_tokens_get_a_401_problem_with_a_bearer_challenge() {
        for (String token : List.of("not-a-token", "A".repeat(43), "", "x".repeat(5000), "a b")) {
            Http.Response r = bearer("GET", "/api/v1/me", token);
            assertThat(text(problem(r, 401), "detail")).as("token %s", token).isEqualTo(INVALID_TOKEN);
            assertThat(r.header("WWW-Authenticate")).as("token %s", token)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
    }

    @Test
    void a_token_dies_when_its_account_is_disabled() {
        String username = uniqueUsername("token-off");
        long id = openAccount(username, "Off2026token", ZHENGDING, "INSPECTOR");
        String token = issue(username, "Off2026token");
        expect(bearer("GET", "/api/v1/me", token), 200);

        Http.Browser admin = browser("admin");
        Http.Form form = Html.form(admin.page("/admin/users/" + id), "/admin/users/" + id);
        form.remove("enabled");
        expect(admin.submit("/admin/users/" + id, form), 302);

        assertThat(text(problem(bearer("GET", "/api/v1/me", token), 401), "detail")).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void a_token_dies_when_its_password_is_reset_or_its_roles_change() {
        String username = uniqueUsername("token-reset");
        long id = openAccount(username, "Reset2026token", ZHENGDING, "INSPECTOR");
        String beforeReset = issue(username, "Reset2026token");
        Http.Browser admin = browser("admin");
        expect(admin.submit("/admin/users/" + id + "/password", Http.Form.of("password", "Again2026token")), 302);
        expect(bearer("GET", "/api/v1/me", beforeReset), 401);

        String beforeRoles = issue(username, "Again2026token");
        expect(bearer("GET", "/api/v1/me", beforeRoles), 200);
        Http.Form form = Html.form(admin.page("/admin/users/" + id), "/admin/users/" + id);
        form.add("roles", "SUPERVISOR");
        expect(admin.submit("/admin/users/" + id, form), 302);
        expect(bearer("GET", "/api/v1/me", beforeRoles), 401);
    }

    @Test
    void a_token_never_opens_the_pages() {
        String token = issue("zd-inspector", PASSWORD);

        Http.Response page = Http.expect(send("GET", "/enterprises", token, "text/html"), 302);
        assertThat(page.location()).endsWith("/login");
        expect(send("GET", "/admin/users", token, "text/html"), 302);
        expect(bearer("GET", "/api/v1/me", token), 200);
    }

    @Test
    void a_token_cannot_be_used_to_get_another_one() {
        String token = issue("zd-inspector", PASSWORD);

        problem(bearer("POST", "/api/v1/tokens", token), 403);
        assertThat(text(problem(api("zd-inspector").send("DELETE", "/api/v1/tokens/current", null, null), 400),
                "detail")).contains("令牌");
    }

    @Test
    void a_tianjin_token_still_sees_nothing_of_hebei() {
        String token = issue("tj-admin", PASSWORD);
        long hebeiEnterprise = demo().enterpriseIdOf("admin", ZHENGDING);

        assertThat(text(problem(bearer("GET", "/api/v1/enterprises/" + hebeiEnterprise, token), 404), "detail"))
                .isNotBlank();
        JsonNode page = bearer("GET", "/api/v1/enterprises?size=50&divisionCode=" + HEBEI, token).json();
        assertThat(page.path("items").values()).isEmpty();
        JsonNode all = bearer("GET", "/api/v1/enterprises?size=50", token).json();
        assertThat(all.path("items").values()).isNotEmpty()
                .allSatisfy(e -> assertThat(text(e, "divisionCode")).startsWith("12"));
    }

    @Test
    void the_openapi_document_lists_the_token_endpoints_and_the_bearer_scheme() {
        JsonNode docs = anonymous().get("/v3/api-docs", "application/json").json();

        assertThat(docs.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(docs.path("paths").has("/api/v1/tokens")).isTrue();
        assertThat(docs.path("paths").has("/api/v1/tokens/current")).isTrue();
    }

    /** Issues a token with the account's password and returns it. */
    private String issue(String username, String password) {
        return text(expect(api(username, password).post("/api/v1/tokens", ""), 201).json(), "token");
    }

    private Http.Response bearer(String method, String path, String token) {
        return send(method, path, token, "application/json, application/problem+json");
    }

    private Http.Response send(String method, String path, String token, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Http.Response(method, request.uri(), r.statusCode(), r.headers(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
