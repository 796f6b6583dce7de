package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.audit.AuditActor;

import java.util.Map;

/**
 * The arrangement of {@code year} was entered, or replaced ({@code before} is then the arrangement it replaced, null
 * for a first entry). Published inside the entering transaction: the record is written from it, and every deadline that
 * was provisional because of this year is recomputed from it ({@link ProvisionalDeadlines}).
 */
public record CalendarYearEntered(int year, AuditActor by, Map<String, Object> before, Map<String, Object> after) {

    public boolean replaced() {
        return before != null;
    }
}
