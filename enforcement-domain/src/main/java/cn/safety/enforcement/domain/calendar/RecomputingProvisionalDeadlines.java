package cn.safety.enforcement.domain.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** When a year is entered or replaced, every feature's deadlines that depend on it are counted again. */
@Component
class RecomputingProvisionalDeadlines {

    private static final Logger log = LoggerFactory.getLogger(RecomputingProvisionalDeadlines.class);

    private final List<ProvisionalDeadlines> holders;
    private final Deadlines deadlines;

    RecomputingProvisionalDeadlines(List<ProvisionalDeadlines> holders, Deadlines deadlines) {
        this.holders = holders;
        this.deadlines = deadlines;
    }

    @EventListener
    void on(CalendarYearChange entered) {
        for (ProvisionalDeadlines holder : holders) {
            int n = holder.recomputeFor(entered.year(), deadlines);
            log.info("{} deadlines of {} recomputed for the calendar of {}", n, holder.getClass().getSimpleName(),
                    entered.year());
        }
    }
}
