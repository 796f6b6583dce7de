package cn.safety.enforcement.domain.token;

import java.time.Instant;
import java.util.Optional;

/** Port: where API tokens are kept, by the SHA-256 of the token. */
public interface ApiTokens {

    Optional<ApiToken> findById(Long id);

    ApiToken save(ApiToken token);

    /**
     * The holder of the token with this hash when it is neither revoked nor expired at {@code now} and its account is
     * enabled: one indexed query, so that checking a token costs no more than reading a row.
     */
    Optional<TokenHolder> holderOf(String tokenHash, Instant now);

    /** Revokes every token of the account that is still active; returns how many. */
    int revokeAllOf(long userId, Instant now);

    /** Forgets tokens that expired before {@code before} (their issue and revocation stay in the audit log). */
    int deleteExpiredBefore(Instant before);
}
