package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Counts failed sign-ins (pages and API alike). After {@code enforcement.login.max-failures} failures within the lock
 * period the username is locked for that period.
 */
@Component
class LoginThrottleListener {

    private final LoginThrottle throttle;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottleListener(LoginThrottle throttle, Clock clock,
                          @Value("${enforcement.login.max-failures:5}") int maxFailures,
                          @Value("${enforcement.login.lock:PT15M}") Duration lock) {
        this.throttle = throttle;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = lock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        throttle.recordFailure(String.valueOf(event.getAuthentication().getPrincipal()), clock.instant(),
                maxFailures, lock);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(event.getAuthentication().getName());
    }
}
