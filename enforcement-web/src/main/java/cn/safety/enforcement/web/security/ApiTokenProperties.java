package cn.safety.enforcement.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** How long an API token lives after it is issued ({@code enforcement.api.token.lifetime}): a working day. */
@ConfigurationProperties("enforcement.api.token")
public record ApiTokenProperties(@DefaultValue("PT8H") Duration lifetime) {

    public ApiTokenProperties {
        if (lifetime == null || lifetime.isZero() || lifetime.isNegative()) {
            throw new IllegalArgumentException("enforcement.api.token.lifetime must be positive");
        }
    }
}
