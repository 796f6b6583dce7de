package cn.safety.enforcement.web.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * When the overdue job runs ({@code enforcement.hazard.*}): {@code overdue-cron}, in the departments' time zone
 * ({@code enforcement.time-zone}), by default at 00:30 every day, just after the last day of the deadlines ended; and
 * {@code overdue-on-start-up}, once when a node starts (a node down at 00:30 catches up; the lock still lets one node
 * run it).
 */
@ConfigurationProperties("enforcement.hazard")
public record HazardDeadlineSettings(@DefaultValue("0 30 0 * * *") String overdueCron,
                                     @DefaultValue("true") boolean overdueOnStartUp) {

    public HazardDeadlineSettings {
        if (!CronExpression.isValidExpression(overdueCron)) {
            throw new IllegalArgumentException("enforcement.hazard.overdue-cron is not a cron expression: "
                    + overdueCron);
        }
    }
}
