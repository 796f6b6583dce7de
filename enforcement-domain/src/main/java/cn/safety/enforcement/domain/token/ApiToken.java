package cn.safety.enforcement.domain.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * An API access token (访问令牌) of one account. Only the SHA-256 of the token is kept: whoever reads the table cannot
 * use what they read.
 * <p>Lifecycle: {@link #issue issued} for a lifetime, then it expires, or is {@link #revoke revoked} by its holder or
 * when its account changes (disabled, password or roles changed).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    public static ApiToken issue(long userId, String tokenHash, Instant now, Duration lifetime) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a token needs a positive lifetime");
        }
        ApiToken t = new ApiToken();
        t.userId = userId;
        t.tokenHash = tokenHash;
        t.issuedAt = now;
        t.expiresAt = now.plus(lifetime);
        return t;
    }

    /** Revoking twice keeps the first time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** The token as the record keeps it, named by its holder's {@code username}. */
    public ApiTokenSnapshot snapshot(String username) {
        return new ApiTokenSnapshot(id, username, issuedAt, expiresAt, revokedAt);
    }

    public Long getId() {
        return id;
    }

    /** The SHA-256 of the token, hex: never the token itself. */
    public String getTokenHash() {
        return tokenHash;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
