package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counting a failed password check (sign-in, or the current password on the password page). The failure that locks an
 * account leaves a trace: a WARN line in the log and a {@code LOCK} entry on the account in the audit log. It commits
 * on its own, since a failed sign-in has no transaction and a refused password change rolls its own back.
 */
@Service
public class SignInFailures {

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    private final LoginThrottle throttle;
    private final LoginLimits limits;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public SignInFailures(LoginThrottle throttle, LoginLimits limits, UserAccounts accounts, AuditTrail audit,
                          Clock clock) {
        this.throttle = throttle;
        this.limits = limits;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Counts one failure for {@code username}, typed by a client at {@code client} (null when not known).
     *
     * @return the end of the lock when this failure locked the name, otherwise null
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Instant record(String username, String client) {
        Instant lockedUntil = throttle.recordFailure(username, clock.instant(), limits.maxFailures(), limits.lock());
        if (lockedUntil == null) {
            return null;
        }
        UserAccount account = username == null ? null : accounts.findByUsername(username.strip()).orElse(null);
        log.warn("Sign-in locked until {} after {} failed password checks: {} {}, last from {}", lockedUntil,
                limits.maxFailures(), account == null ? "unknown name" : "account", printable(username),
                client == null ? "-" : printable(client));
        if (account != null) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("username", account.getUsername());
            after.put("lockedUntil", lockedUntil.toString());
            after.put("failures", limits.maxFailures());
            after.put("client", client);
            audit.record(new AuditActor(AuditActor.SYSTEM.username(), account.getDepartmentId()), "UserAccount",
                    account.getId(), "LOCK", null, after);
        }
        return lockedUntil;
    }

    /** A name typed by anyone goes into the log on one line, shortened, without control characters. */
    private static String printable(String s) {
        if (s == null) {
            return "-";
        }
        String one = Text.hasControlCharacters(s) ? s.replaceAll("\\p{Cntrl}", "?") : s;
        return one.length() > 64 ? one.substring(0, 64) + "…" : one;
    }
}
