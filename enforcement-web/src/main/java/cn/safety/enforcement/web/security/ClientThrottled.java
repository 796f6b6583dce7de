package cn.safety.enforcement.web.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed sign-ins from this client address: refused before any password is checked (429). */
class ClientThrottled extends AuthenticationException {

    private final transient Duration retryAfter;

    ClientThrottled(Duration retryAfter) {
        super("too many failed sign-ins from this client");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the client may try again, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
