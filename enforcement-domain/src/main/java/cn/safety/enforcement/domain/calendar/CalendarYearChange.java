package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.audit.RecordedChange;

/**
 * A change of the working-day calendar: a year {@link CalendarYearEntered entered} or {@link CalendarYearReplaced
 * replaced}. Later features listen to this (or implement {@link ProvisionalDeadlines}) to recompute their deadlines.
 * <p>The calendar is national data, but the entry belongs to the entering admin's department, so that it lies in that
 * province's chain and that province's admins read it on their record page.
 */
public interface CalendarYearChange extends RecordedChange {

    @Override
    CalendarYearSnapshot after();

    /** The department of the admin who entered the year. */
    @Override
    Long departmentId();

    @Override
    default String aggregateType() {
        return "CalendarYear";
    }

    @Override
    default Object aggregateId() {
        return after() == null ? null : after().year();
    }

    /** The year whose arrangement changed. */
    default int year() {
        return after() == null || after().year() == null ? 0 : after().year();
    }
}
