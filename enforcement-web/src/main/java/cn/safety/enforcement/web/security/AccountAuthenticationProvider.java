package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.LoginThrottle;
import cn.safety.enforcement.domain.account.PasswordPolicy;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Password sign-in (login form, HTTP Basic, the token endpoint) against the accounts table, after two limits: the
 * client address's failures and the name's lock. In production a demo password never signs in.
 */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final ClientSignInLimiter clients;
    private final Clock clock;

    AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, PasswordPolicy policy,
                                  LoginThrottle throttle, ClientSignInLimiter clients, Clock clock) {
        super(users);
        setPasswordEncoder(encoder);
        this.policy = policy;
        this.throttle = throttle;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * A client past its limit is refused before anything else. A name locked by failed attempts is refused before
     * anything is looked up, whether or not such an account exists, so that the answer tells nothing about which names
     * are real. A success writes to the throttle only when failures are on record (one read, no write, per sign-in).
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String client = clientOf(authentication);
        clients.take(client);
        try {
            String name = String.valueOf(authentication.getName());
            LoginThrottle.Attempts onRecord = throttle.attemptsOf(name, clock.instant());
            if (onRecord != null && onRecord.lockedUntil() != null) {
                throw new LockedException("too many failed attempts");
            }
            Authentication done = super.authenticate(authentication);
            if (onRecord != null) {
                throttle.recordSuccess(name);
            }
            clients.giveBack(client);
            return done;
        } catch (BadCredentialsException e) {
            // a wrong password (or an unknown name) keeps the client's attempt taken
            throw e;
        } catch (RuntimeException e) {
            clients.giveBack(client);
            throw e;
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken token) {
        if (policy.refusesDemoPasswords() && PasswordPolicy.DEMO_PASSWORD.equals(token.getCredentials())) {
            throw new BadCredentialsException("demo passwords are refused");
        }
        super.additionalAuthenticationChecks(user, token);
    }

    /** The client's address, as Tomcat sees it behind the trusted proxies (X-Forwarded-For). */
    static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
