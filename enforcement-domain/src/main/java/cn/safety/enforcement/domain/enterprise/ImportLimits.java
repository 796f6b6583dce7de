package cn.safety.enforcement.domain.enterprise;

import java.time.Duration;

/**
 * How many rejected rows the page shows (the rest are in the report to download), and how long that report is kept
 * (configuration, not law).
 */
public record ImportLimits(int shownRejections, Duration reportKeptFor) {
}
