package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The one place that writes the calendar's changes to the record, from the event, in the entering transaction. */
@Component
class RecordingCalendarChanges {

    static final String AGGREGATE = "CalendarYear";

    private final AuditTrail audit;

    RecordingCalendarChanges(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(CalendarYearEntered entered) {
        audit.record(entered.by(), AGGREGATE, entered.year(), entered.replaced() ? "REPLACE" : "ENTER",
                entered.before(), entered.after());
    }
}
