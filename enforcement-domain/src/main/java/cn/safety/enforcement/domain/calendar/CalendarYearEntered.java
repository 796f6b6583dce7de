package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.audit.Snapshot;

/**
 * The arrangement of a year was entered for the first time. Published inside the entering transaction: the record is
 * written from it, and every deadline that was provisional because of this year is recomputed ({@link
 * ProvisionalDeadlines}).
 */
public record CalendarYearEntered(CalendarYearSnapshot after, Long departmentId) implements CalendarYearChange {

    @Override
    public Snapshot before() {
        return null;
    }
}
