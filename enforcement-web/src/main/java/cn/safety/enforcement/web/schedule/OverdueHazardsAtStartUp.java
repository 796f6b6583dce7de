package cn.safety.enforcement.web.schedule;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue job once when the node is ready ({@code enforcement.hazard.overdue-on-start-up}), through its lock:
 * a cluster starting together runs it once.
 */
@Component
class OverdueHazardsAtStartUp {

    private final OverdueHazardsJob job;
    private final HazardDeadlineSettings settings;

    OverdueHazardsAtStartUp(OverdueHazardsJob job, HazardDeadlineSettings settings) {
        this.job = job;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void runOnce() {
        if (settings.overdueOnStartUp()) {
            job.run();
        }
    }
}
