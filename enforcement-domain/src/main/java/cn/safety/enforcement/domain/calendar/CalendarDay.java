package cn.safety.enforcement.domain.calendar;

import java.time.LocalDate;

/** One day as the calendar reads it: its kind and, for arranged days, the holiday it belongs to (null otherwise). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public boolean workingDay() {
        return kind.working();
    }
}
