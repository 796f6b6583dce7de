package cn.safety.enforcement.domain.token;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issuing, checking and revoking API tokens. A token is 32 random bytes from {@link SecureRandom} (a secret, so never
 * a replayable generator), written URL-safe; only its SHA-256 is stored. Checking one is a hash and one indexed query,
 * no password hash: that is what makes a call with a token cheap where HTTP Basic costs a bcrypt every time.
 */
@Service
@Transactional
public class ApiTokenService {

    private static final String AGGREGATE = "ApiToken";
    private static final int TOKEN_BYTES = 32;
    /** 32 bytes in unpadded URL-safe Base64. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApiTokenService(ApiTokens tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** The token as its holder receives it, once: it cannot be read back. */
    public record IssuedToken(long id, String token, Instant expiresAt) {
    }

    /** Issues a token to an account whose password was just checked, from the client at {@code client}. */
    public IssuedToken issue(Actor actor, Duration lifetime, String client) {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken t = tokens.save(ApiToken.issue(actor.userId(), sha256(token), clock.instant(), lifetime));
        events.publishEvent(new ApiTokenIssued(t.snapshot(actor.username()), actor.departmentId(), client));
        return new IssuedToken(t.getId(), token, t.getExpiresAt());
    }

    /**
     * Who holds this token, when it is well formed, known, neither revoked nor expired and its account enabled. No
     * transaction of its own: one statement.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<TokenHolder> holderOf(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.holderOf(sha256(token), clock.instant());
    }

    /** The holder revokes their own token. */
    public void revoke(Actor actor, long tokenId) {
        ApiToken t = tokens.findById(tokenId).filter(x -> x.getUserId() == actor.userId())
                .orElseThrow(() -> new NotFound(AGGREGATE, tokenId));
        ApiTokenSnapshot before = t.snapshot(actor.username());
        t.revoke(clock.instant());
        tokens.save(t);
        events.publishEvent(new ApiTokenRevoked(before, t.snapshot(actor.username()), actor.departmentId()));
    }

    /** Housekeeping: tokens expired for longer than {@code kept} are deleted. */
    public int deleteExpired(Duration kept) {
        return tokens.deleteExpiredBefore(clock.instant().minus(kept));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
