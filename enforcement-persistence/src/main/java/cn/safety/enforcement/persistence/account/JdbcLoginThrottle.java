package cn.safety.enforcement.persistence.account;

import cn.safety.enforcement.domain.account.LoginThrottle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins per username in the {@code login_attempt} table, shared by every node. Counting commits on its own
 * (a failed sign-in has no transaction to join); reading joins the caller's, never holding a second connection.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class JdbcLoginThrottle implements LoginThrottle {

    private final JdbcClient jdbc;

    JdbcLoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Instant lockedUntil(String username, Instant now) {
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE username = ? AND locked_until > ?")
                .params(key(username), Timestamp.from(now))
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    @Override
    public void recordFailure(String username, Instant now, int maxFailures, Duration lock) {
        jdbc.sql("""
                        INSERT INTO login_attempt (username, failures, last_failure, locked_until)
                        VALUES (:u, 1, :now,
                                CASE WHEN CAST(:max AS int) <= 1 THEN CAST(:lockedUntil AS timestamptz) END)
                        ON CONFLICT (username) DO UPDATE SET
                            failures = CASE WHEN login_attempt.last_failure < :windowStart THEN 1
                                            ELSE login_attempt.failures + 1 END,
                            last_failure = :now,
                            locked_until = CASE WHEN login_attempt.last_failure >= :windowStart
                                                 AND login_attempt.failures + 1 >= :max
                                                THEN :lockedUntil ELSE login_attempt.locked_until END""")
                .param("u", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(lock)))
                .param("max", maxFailures)
                .param("lockedUntil", Timestamp.from(now.plus(lock)))
                .update();
    }

    @Override
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_attempt WHERE username = ?").param(key(username)).update();
    }

    private static String key(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
