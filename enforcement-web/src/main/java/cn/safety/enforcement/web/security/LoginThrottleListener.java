package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.LoginThrottle;
import cn.safety.enforcement.domain.account.LoginLimits;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Counts failed sign-ins (pages and API alike). After {@code enforcement.login.max-failures} failures within the lock
 * period the username is locked for that period.
 */
@Component
class LoginThrottleListener {

    private final LoginThrottle throttle;
    private final Clock clock;
    private final LoginLimits limits;

    LoginThrottleListener(LoginThrottle throttle, Clock clock, LoginLimits limits) {
        this.throttle = throttle;
        this.clock = clock;
        this.limits = limits;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        throttle.recordFailure(String.valueOf(event.getAuthentication().getPrincipal()), clock.instant(),
                limits.maxFailures(), limits.lock());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.recordSuccess(event.getAuthentication().getName());
    }
}
