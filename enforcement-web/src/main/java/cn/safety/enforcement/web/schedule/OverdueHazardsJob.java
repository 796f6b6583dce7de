package cn.safety.enforcement.web.schedule;

import cn.safety.enforcement.domain.hazard.MarkingOverdueHazards;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The overdue job (R16), on one node of the cluster: marks the hazards whose deadline passed overdue and escalates
 * them, marks the late re-checks, notifies ({@link MarkingOverdueHazards}). Scheduled by
 * {@code enforcement.hazard.overdue-cron}; the lock is held at least a minute, so a node whose clock runs a little
 * behind does not run it again.
 */
@Component
@EnableConfigurationProperties(HazardDeadlineSettings.class)
public class OverdueHazardsJob {

    /** The name of the job's lock row in {@code shedlock}. */
    public static final String LOCK = "hazard-overdue";

    private static final Logger log = LoggerFactory.getLogger(OverdueHazardsJob.class);

    private final MarkingOverdueHazards marking;

    OverdueHazardsJob(MarkingOverdueHazards marking) {
        this.marking = marking;
    }

    @Scheduled(cron = "${enforcement.hazard.overdue-cron:0 30 0 * * *}", zone = "${enforcement.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        long started = System.nanoTime();
        MarkingOverdueHazards.Run run = marking.mark();
        log.info("Overdue job as of {}: {} hazards overdue, {} re-checks late, in {} ms", run.asOf(), run.overdue(),
                run.rechecksOverdue(), (System.nanoTime() - started) / 1_000_000);
    }
}
