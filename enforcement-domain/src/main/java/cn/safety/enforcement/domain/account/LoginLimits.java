package cn.safety.enforcement.domain.account;

import java.time.Duration;

/** How many wrong passwords lock a username, and for how long (configuration, not law). */
public record LoginLimits(int maxFailures, Duration lock) {
}
