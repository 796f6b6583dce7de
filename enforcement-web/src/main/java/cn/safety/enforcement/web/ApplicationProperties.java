package cn.safety.enforcement.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The application's own settings that belong to no single feature ({@code enforcement.*}): the time zone in which legal
 * days are counted, sign-in throttling per username, and demo mode.
 */
@ConfigurationProperties("enforcement")
public record ApplicationProperties(@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue Login login,
                                    @DefaultValue Demo demo) {

    /** After {@code maxFailures} failed sign-ins the username is locked for {@code lock}. */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration lock) {
    }

    /** Demo mode loads the demo data on first start and accepts the demo password; production turns it off. */
    public record Demo(@DefaultValue("true") boolean enabled) {
    }
}
