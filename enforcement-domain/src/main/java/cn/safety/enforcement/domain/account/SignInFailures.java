package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Counting a failed password check (sign-in, or the current password on the password page). The failure that locks an
 * account leaves a trace: a WARN line in the log and a {@link UserAccountLocked} entry on the account in the record. It commits
 * on its own, since a failed sign-in has no transaction and a refused password change rolls its own back.
 */
@Service
public class SignInFailures {

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    private final LoginThrottle throttle;
    private final LoginLimits limits;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SignInFailures(LoginThrottle throttle, LoginLimits limits, UserAccounts accounts, ApplicationEventPublisher events,
                          Clock clock) {
        this.throttle = throttle;
        this.limits = limits;
        this.accounts = accounts;
        this.events = events;
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
            events.publishEvent(new UserAccountLocked(account.snapshot(), lockedUntil, limits.maxFailures(), client));
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
