package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.PasswordPolicy;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Password sign-in against the accounts table; in production a demo password never signs anyone in. */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final PasswordPolicy policy;

    AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, PasswordPolicy policy) {
        super(users);
        setPasswordEncoder(encoder);
        this.policy = policy;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken token) {
        if (policy.refusesDemoPasswords() && PasswordPolicy.DEMO_PASSWORD.equals(token.getCredentials())) {
            throw new BadCredentialsException("demo passwords are refused");
        }
        super.additionalAuthenticationChecks(user, token);
    }
}
