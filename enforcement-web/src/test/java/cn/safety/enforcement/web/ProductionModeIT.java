package cn.safety.enforcement.web;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.account.PasswordPolicy;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The prod profile on an empty database: no demo data, the first admin from the environment, demo passwords refused. */
@SpringBootTest(classes = EnforcementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=prod", "enforcement.admin.username=hb-admin",
                "enforcement.admin.password=Hebei-2026-strong", "enforcement.admin.division=130000",
                "enforcement.admin.department=河北省应急管理厅"})
class ProductionModeIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerFresh(registry, "enforcement_prod_test");
    }

    @Test
    void the_first_admin_comes_from_the_environment_and_no_demo_account_exists() throws Exception {
        assertThat(get("/api/v1/me", "hb-admin", "Hebei-2026-strong").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/me", "hb-admin", "Hebei-2026-strong").body())
                .contains("\"username\":\"hb-admin\"", "河北省应急管理厅", "\"level\":\"PROVINCE\"");
        assertThat(get("/api/v1/me", "zd-inspector", PasswordPolicy.DEMO_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/enterprises", "hb-admin", "Hebei-2026-strong").body()).contains("\"items\":[]");
    }

    @Test
    void a_demo_password_is_refused_when_an_account_is_opened() {
        Actor admin = ((cn.safety.enforcement.web.security.EnforcementUser) users.loadUserByUsername("hb-admin")).actor();
        assertThatThrownBy(() -> accounts.open(admin, "new-supervisor", "新科长", admin.departmentId(),
                Set.of(Role.SUPERVISOR), null, PasswordPolicy.DEMO_PASSWORD))
                .isInstanceOf(RuleViolation.class).hasMessage("password.demoRefused");
        assertThat(accounts.open(admin, "new-supervisor", "新科长", admin.departmentId(), Set.of(Role.SUPERVISOR),
                null, "Another-2026-pass").getUsername()).isEqualTo("new-supervisor");
    }

    @Test
    void even_an_account_that_still_has_a_demo_password_cannot_sign_in_with_it() throws Exception {
        Actor admin = ((cn.safety.enforcement.web.security.EnforcementUser) users.loadUserByUsername("hb-admin")).actor();
        long id = accounts.open(admin, "old-demo", "旧演示", admin.departmentId(), Set.of(Role.SUPERVISOR), null,
                "Temporary-2026").getId();
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?")
                .params(encoder.encode(PasswordPolicy.DEMO_PASSWORD), id).update();

        assertThat(get("/api/v1/me", "old-demo", PasswordPolicy.DEMO_PASSWORD).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
