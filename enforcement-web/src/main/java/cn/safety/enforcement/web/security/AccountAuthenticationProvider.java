package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.PasswordPolicy;
import cn.safety.enforcement.domain.account.LoginThrottle;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Password sign-in against the accounts table, after the throttle; in production a demo password never signs in. */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final Clock clock;

    AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, PasswordPolicy policy,
                                  LoginThrottle throttle, Clock clock) {
        super(users);
        setPasswordEncoder(encoder);
        this.policy = policy;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * A username locked by failed attempts is refused before anything is looked up, whether or not such an account
     * exists, so that the answer tells nothing about which usernames are real.
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        if (throttle.lockedUntil(String.valueOf(authentication.getName()), clock.instant()) != null) {
            throw new LockedException("too many failed attempts");
        }
        return super.authenticate(authentication);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken token) {
        if (policy.refusesDemoPasswords() && PasswordPolicy.DEMO_PASSWORD.equals(token.getCredentials())) {
            throw new BadCredentialsException("demo passwords are refused");
        }
        super.additionalAuthenticationChecks(user, token);
    }
}
