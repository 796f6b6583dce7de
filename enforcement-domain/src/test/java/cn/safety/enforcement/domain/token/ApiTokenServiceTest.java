package cn.safety.enforcement.domain.token;

import cn.safety.enforcement.domain.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ApiTokenServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Actor INSPECTOR = new Actor(7, "zd-inspector", 3, DivisionLevel.COUNTY,
            new Location("130123", "130100", "130000"), Set.of(Role.INSPECTOR));

    private final ApiTokens tokens = mock(ApiTokens.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final ApiTokenService service = new ApiTokenService(tokens, events, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_token_is_32_random_bytes_url_safe_and_only_its_sha256_is_stored_with_the_lifetime() {
        ArgumentCaptor<ApiToken> saved = ArgumentCaptor.forClass(ApiToken.class);
        when(tokens.save(saved.capture())).thenAnswer(i -> withId(i.getArgument(0), 41L));

        ApiTokenService.IssuedToken issued = service.issue(INSPECTOR, Duration.ofHours(8), "10.0.0.1");

        assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(8)));
        ApiToken token = saved.getValue();
        assertThat(token.getTokenHash()).isEqualTo(ApiTokenService.sha256(issued.token()))
                .matches("[0-9a-f]{64}").isNotEqualTo(issued.token());
        assertThat(token.getUserId()).isEqualTo(7L);
        assertThat(token.getIssuedAt()).isEqualTo(NOW);
        ArgumentCaptor<ApiTokenIssued> issuedEvent = ArgumentCaptor.forClass(ApiTokenIssued.class);
        verify(events).publishEvent(issuedEvent.capture());
        assertThat(issuedEvent.getValue().aggregateId()).isEqualTo(41L);
        assertThat(issuedEvent.getValue().departmentId()).isEqualTo(3L);
        assertThat(issuedEvent.getValue().afterFields()).containsEntry("username", "zd-inspector")
                .containsEntry("client", "10.0.0.1");
    }

    @Test
    void two_tokens_are_never_the_same() {
        when(tokens.save(any())).thenAnswer(i -> withId(i.getArgument(0), 1L));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(seen.add(service.issue(INSPECTOR, Duration.ofHours(1), null).token())).isTrue();
        }
    }

    @Test
    void a_malformed_token_is_refused_without_a_query() {
        for (String malformed : new String[]{null, "", "short", "A".repeat(44), "A".repeat(42) + "+", "a b"}) {
            assertThat(service.holderOf(malformed)).as("%s", malformed).isEmpty();
        }
        verify(tokens, never()).holderOf(anyString(), any());
    }

    @Test
    void a_well_formed_token_is_looked_up_by_its_hash_at_the_clocks_time() {
        String token = "A".repeat(43);
        when(tokens.holderOf(ApiTokenService.sha256(token), NOW)).thenReturn(Optional.empty());

        assertThat(service.holderOf(token)).isEmpty();
        verify(tokens).holderOf(ApiTokenService.sha256(token), NOW);
    }

    @Test
    void nobody_revokes_a_token_of_another_account_and_is_told_it_does_not_exist() {
        ApiToken someoneElses = withId(ApiToken.issue(8, "f".repeat(64), NOW, Duration.ofHours(1)), 5L);
        when(tokens.findById(5L)).thenReturn(Optional.of(someoneElses));

        assertThatThrownBy(() -> service.revoke(INSPECTOR, 5L)).isInstanceOf(NotFound.class);
        assertThat(someoneElses.getRevokedAt()).isNull();
    }

    @Test
    void the_holder_revokes_their_token_and_it_is_audited() {
        ApiToken own = withId(ApiToken.issue(7, "e".repeat(64), NOW.minusSeconds(60), Duration.ofHours(1)), 6L);
        when(tokens.findById(6L)).thenReturn(Optional.of(own));

        service.revoke(INSPECTOR, 6L);

        assertThat(own.getRevokedAt()).isEqualTo(NOW);
        assertThat(own.isActiveAt(NOW)).isFalse();
        ArgumentCaptor<ApiTokenRevoked> revoked = ArgumentCaptor.forClass(ApiTokenRevoked.class);
        verify(events).publishEvent(revoked.capture());
        assertThat(revoked.getValue().beforeFields()).containsEntry("revokedAt", null);
        assertThat(revoked.getValue().afterFields()).containsEntry("revokedAt", NOW.toString());
    }

    @Test
    void a_token_is_active_until_its_expiry_and_not_after() {
        ApiToken t = ApiToken.issue(7, "d".repeat(64), NOW, Duration.ofHours(8));

        assertThat(t.isActiveAt(NOW.plus(Duration.ofHours(8)).minusMillis(1))).isTrue();
        assertThat(t.isActiveAt(NOW.plus(Duration.ofHours(8)))).isFalse();
        assertThatThrownBy(() -> ApiToken.issue(7, "d".repeat(64), NOW, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ApiToken withId(ApiToken token, long id) {
        Reflect.set(token, "id", id);
        return token;
    }
}
