package cn.safety.enforcement.domain.hazard;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The overdue job's work (R16): on the day after a deadline's last day (the date {@code due_on} is the last day; today
 * is read from the clock in the department's time zone), the hazards still under the order become overdue and are
 * escalated to the department above, and the re-checks the departments owe past their deadline are marked; each with
 * its notifications. Set-based: one statement for each, whatever the number of hazards. The record keeps one entry per
 * department and run ({@link HazardsMarkedOverdue}, {@link HazardRechecksOverdue}), listing the hazards. Running it
 * twice on a day changes nothing the second time.
 */
@Service
@Transactional
public class MarkingOverdueHazards {

    private final HazardDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MarkingOverdueHazards(HazardDeadlines deadlines, ApplicationEventPublisher events, Clock clock) {
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /** What a run did: the hazards marked overdue and the re-checks found late. */
    public record Run(LocalDate asOf, long overdue, long rechecksOverdue) {
    }

    public Run mark() {
        return markAsOf(clock.instant());
    }

    /** The run at {@code now} (the day is {@code now} in the clock's zone). */
    public Run markAsOf(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        long overdue = 0;
        for (HazardDeadlines.Marked m : deadlines.markOverdue(today, now)) {
            overdue += m.hazardIds().size();
            events.publishEvent(new HazardsMarkedOverdue(m.departmentId(), today, m.hazardIds().size(),
                    List.copyOf(m.hazardIds())));
        }
        long rechecks = 0;
        for (HazardDeadlines.Marked m : deadlines.markRechecksOverdue(today, now)) {
            rechecks += m.hazardIds().size();
            events.publishEvent(new HazardRechecksOverdue(m.departmentId(), today, m.hazardIds().size(),
                    List.copyOf(m.hazardIds())));
        }
        return new Run(today, overdue, rechecks);
    }
}
