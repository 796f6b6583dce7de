package cn.safety.enforcement.persistence.account;

import cn.safety.enforcement.domain.account.LoginThrottle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed sign-ins per name in the {@code login_attempt} table, shared by every node. The key is the name stripped and
 * lower-cased: usernames are unique under that key ({@code app_user_username_lower_key}), so one key is one account,
 * and an unknown name is counted and locked the same way. Writing joins the caller's transaction or commits on its own
 * (a failed sign-in has none); reading never holds a second connection.
 */
@Repository
@Transactional
class JdbcLoginThrottle implements LoginThrottle {

    private final JdbcClient jdbc;

    JdbcLoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Attempts attemptsOf(String username, Instant now) {
        return jdbc.sql("SELECT failures, CASE WHEN locked_until > ? THEN locked_until END AS locked_until"
                        + " FROM login_attempt WHERE username = ?")
                .params(Timestamp.from(now), key(username))
                .query((rs, n) -> new Attempts(rs.getInt("failures"), instant(rs.getTimestamp("locked_until"))))
                .optional().orElse(null);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Instant lockedUntil(String username, Instant now) {
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE username = ? AND locked_until > ?")
                .params(key(username), Timestamp.from(now))
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, Instant> lockedUntil(Collection<String> usernames, Instant now) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byKey = new HashMap<>();
        usernames.forEach(u -> byKey.putIfAbsent(key(u), u));
        Map<String, Instant> locks = new LinkedHashMap<>();
        jdbc.sql("SELECT username, locked_until FROM login_attempt WHERE username IN (:keys) AND locked_until > :now")
                .param("keys", byKey.keySet())
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    locks.put(byKey.get(rs.getString("username")), rs.getTimestamp("locked_until").toInstant());
                });
        return locks;
    }

    @Override
    public Instant recordFailure(String username, Instant now, int maxFailures, Duration lock) {
        // the database keeps microseconds: compare what it returns with what it was given
        Timestamp lockedUntil = Timestamp.from(now.plus(lock).truncatedTo(ChronoUnit.MICROS));
        Timestamp after = jdbc.sql("""
                        INSERT INTO login_attempt (username, failures, last_failure, locked_until)
                        VALUES (:u, 1, :now,
                                CASE WHEN CAST(:max AS int) <= 1 THEN CAST(:lockedUntil AS timestamptz) END)
                        ON CONFLICT (username) DO UPDATE SET
                            failures = CASE WHEN login_attempt.last_failure < :windowStart THEN 1
                                            ELSE login_attempt.failures + 1 END,
                            last_failure = :now,
                            locked_until = CASE WHEN login_attempt.last_failure >= :windowStart
                                                 AND login_attempt.failures + 1 >= :max
                                                THEN :lockedUntil ELSE login_attempt.locked_until END
                        RETURNING locked_until""")
                .param("u", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(lock)))
                .param("max", maxFailures)
                .param("lockedUntil", lockedUntil)
                .query((rs, n) -> rs.getTimestamp(1)).list().get(0);
        // this failure locked the name exactly when it set the lock to now + lock
        return after != null && after.toInstant().equals(lockedUntil.toInstant()) ? after.toInstant() : null;
    }

    @Override
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_attempt WHERE username = ?").param(key(username)).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String key(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
