package cn.safety.enforcement.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many failed sign-ins one client address may make within a period ({@code enforcement.login.per-client.*}): past
 * that, every sign-in from it is answered 429 until the period has given back an attempt. The per-name lock stops
 * guessing one account's password; this limit stops one client from locking every account in turn.
 */
@ConfigurationProperties("enforcement.login.per-client")
record ClientSignInLimit(@DefaultValue("30") int maxFailures, @DefaultValue("PT1M") Duration period) {

    ClientSignInLimit {
        if (maxFailures < 1 || period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException(
                    "enforcement.login.per-client needs max-failures >= 1 and a positive period");
        }
    }
}
