package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.SignInFailures;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins (pages, HTTP Basic and the token endpoint alike). After {@code enforcement.login.max-failures}
 * failures within the lock period the name is locked for that period; the lock is logged and audited. A success is
 * handled where the password is checked ({@link AccountAuthenticationProvider}), so that it writes nothing when no
 * failure is on record.
 */
@Component
class LoginThrottleListener {

    private final SignInFailures failures;

    LoginThrottleListener(SignInFailures failures) {
        this.failures = failures;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        failures.record(String.valueOf(event.getAuthentication().getPrincipal()),
                AccountAuthenticationProvider.clientOf(event.getAuthentication()));
    }
}
