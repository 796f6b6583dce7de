package cn.safety.enforcement.persistence.token;

import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.token.ApiToken;
import cn.safety.enforcement.domain.token.ApiTokens;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The token check: one query by the hash that yields the holder only for a live token of an enabled account. */
class ApiTokenRepositoryIT extends PersistenceIT {

    private static final Instant T = Instant.parse("2030-03-01T08:00:00Z");
    private static final Duration LIFETIME = Duration.ofHours(8);

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_live_token_yields_its_holder_with_the_department_and_roles_the_rules_need() {
        Department d = departments.establishAsSystem("令牌测试应急管理局" + TestData.unique(), "130123");
        UserAccount a = account(d, Role.SUPERVISOR, Role.ADMIN);
        String hash = hash();
        ApiToken t = tokens.save(ApiToken.issue(a.getId(), hash, T, LIFETIME));

        assertThat(tokens.holderOf(hash, T.plusSeconds(60))).hasValueSatisfying(h -> {
            assertThat(h.tokenId()).isEqualTo(t.getId());
            assertThat(h.userId()).isEqualTo(a.getId());
            assertThat(h.username()).isEqualTo(a.getUsername());
            assertThat(h.departmentId()).isEqualTo(d.getId());
            assertThat(h.departmentName()).isEqualTo(d.getName());
            assertThat(h.departmentLevel()).isEqualTo(d.getLevel());
            assertThat(h.departmentLocation()).isEqualTo(d.getLocation());
            assertThat(h.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.ADMIN);
        });
        assertThat(tokens.holderOf(hash(), T.plusSeconds(60))).as("unknown hash").isEmpty();
    }

    @Test
    void an_expired_token_yields_nothing_from_the_moment_it_expires() {
        UserAccount a = account(department(), Role.INSPECTOR);
        String hash = hash();
        tokens.save(ApiToken.issue(a.getId(), hash, T, LIFETIME));

        assertThat(tokens.holderOf(hash, T.plus(LIFETIME).minusMillis(1))).isPresent();
        assertThat(tokens.holderOf(hash, T.plus(LIFETIME))).isEmpty();
    }

    @Test
    void revoking_every_token_of_an_account_ends_each_one_and_only_those() {
        UserAccount a = account(department(), Role.INSPECTOR);
        UserAccount other = account(department(), Role.INSPECTOR);
        String first = hash();
        String second = hash();
        String others = hash();
        tokens.save(ApiToken.issue(a.getId(), first, T, LIFETIME));
        tokens.save(ApiToken.issue(a.getId(), second, T, LIFETIME));
        tokens.save(ApiToken.issue(other.getId(), others, T, LIFETIME));

        Integer revoked = transactions.execute(s -> tokens.revokeAllOf(a.getId(), T.plusSeconds(5)));

        assertThat(revoked).isEqualTo(2);
        assertThat(tokens.holderOf(first, T.plusSeconds(6))).isEmpty();
        assertThat(tokens.holderOf(second, T.plusSeconds(6))).isEmpty();
        assertThat(tokens.holderOf(others, T.plusSeconds(6))).isPresent();
    }

    @Test
    void the_token_of_a_disabled_account_yields_nothing_even_before_it_is_revoked() {
        UserAccount a = account(department(), Role.INSPECTOR);
        String hash = hash();
        tokens.save(ApiToken.issue(a.getId(), hash, T, LIFETIME));

        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = ?").param(a.getId()).update();

        assertThat(tokens.holderOf(hash, T.plusSeconds(60))).isEmpty();
    }

    @Test
    void tokens_expired_before_a_time_are_deleted_and_later_ones_kept() {
        UserAccount a = account(department(), Role.INSPECTOR);
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        String old = hash();
        String live = hash();
        tokens.save(ApiToken.issue(a.getId(), old, longAgo, LIFETIME));
        tokens.save(ApiToken.issue(a.getId(), live, T, LIFETIME));

        transactions.executeWithoutResult(s -> tokens.deleteExpiredBefore(longAgo.plus(Duration.ofDays(1))));

        assertThat(count(old)).isZero();
        assertThat(count(live)).isEqualTo(1);
    }

    private long count(String hash) {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(hash).query(Long.class).single();
    }

    private Department department() {
        return departments.establishAsSystem("令牌测试应急管理局" + TestData.unique(), "130123");
    }

    private UserAccount account(Department d, Role... roles) {
        return accounts.openAsSystem("token." + TestData.unique().toLowerCase(), "令牌测试", d.getId(), Set.of(roles),
                roles[0] == Role.INSPECTOR ? new cn.safety.enforcement.domain.account.EnforcementCertificate(
                        "冀" + TestData.unique(), java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2040, 1, 1))
                        : null, "Token-2026-pass");
    }

    /** A hash-shaped value: only its uniqueness matters here. */
    private static String hash() {
        byte[] b = new byte[32];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
