package cn.safety.enforcement.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Failed sign-ins per client address, in a token bucket per address (Bucket4j): {@code maxFailures} attempts, given
 * back evenly over the period. Every password check takes an attempt before it runs, so that parallel requests cannot
 * overrun the limit, and gives it back when the password was right.
 * <p>The buckets live in this node's memory, unlike the per-name lock: a client spread by the load balancer over n
 * nodes gets at most n times the limit, which still bounds how fast it can lock accounts, and costs no database write.
 * Idle buckets are forgotten after one period, at most 100,000 addresses are kept.
 */
@Component
class ClientSignInLimiter {

    private final ClientSignInLimit limit;
    private final Cache<String, Bucket> buckets;

    ClientSignInLimiter(ClientSignInLimit limit) {
        this.limit = limit;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limit.period()).maximumSize(100_000).build();
    }

    /** Takes one attempt for this client; throws {@link ClientThrottled} when it has none left. */
    void take(String client) {
        ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new ClientThrottled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Gives back the attempt taken for a sign-in that succeeded (or was refused without a password check). */
    void giveBack(String client) {
        Bucket bucket = buckets.getIfPresent(key(client));
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    private Bucket bucket(String client) {
        return buckets.get(key(client), k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.maxFailures())
                        .refillGreedy(limit.maxFailures(), limit.period()).build())
                .build());
    }

    private static String key(String client) {
        return client == null ? "" : client;
    }
}
