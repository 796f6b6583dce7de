package cn.safety.enforcement.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Port: counts failed sign-ins per account name, kept in the database so that every node of a cluster sees the same
 * count. Names are unique whatever their case, so the name lower-cased is the account's key; an unknown name is keyed
 * the same way, so that it is answered and locked exactly like a real one.
 */
public interface LoginThrottle {

    /** What is on record for a name: the failures counted and, when it is locked now, until when. */
    record Attempts(int failures, Instant lockedUntil) {
    }

    /** What is on record for this name, or null when nothing is (the usual case: then a success writes nothing). */
    Attempts attemptsOf(String username, Instant now);

    /** When the username may try again, or null when it is not locked now. */
    Instant lockedUntil(String username, Instant now);

    /** The names among these that are locked now, each under the spelling asked for, with the end of its lock. */
    Map<String, Instant> lockedUntil(Collection<String> usernames, Instant now);

    /**
     * Adds a failure; after {@code maxFailures} within the window the username is locked until {@code now + lock}.
     *
     * @return the end of the lock when this very failure locked the name, otherwise null
     */
    Instant recordFailure(String username, Instant now, int maxFailures, Duration lock);

    /** Forgets the failures and the lock of this name (a success after failures, or an admin's unlock). */
    void recordSuccess(String username);
}
