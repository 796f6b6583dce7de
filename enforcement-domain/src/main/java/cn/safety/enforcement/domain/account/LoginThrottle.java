package cn.safety.enforcement.domain.account;

import java.time.Instant;

/**
 * Port: counts failed sign-ins per username, kept in the database so that every node of a cluster sees the same count.
 */
public interface LoginThrottle {

    /** When the username may try again, or null when it is not locked now. */
    Instant lockedUntil(String username, Instant now);

    /** Adds a failure; after {@code maxFailures} within the window the username is locked until {@code now + lock}. */
    void recordFailure(String username, Instant now, int maxFailures, java.time.Duration lock);

    void recordSuccess(String username);
}
