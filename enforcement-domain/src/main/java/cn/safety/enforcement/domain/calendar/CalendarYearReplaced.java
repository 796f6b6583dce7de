package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** The arrangement of a year entered before was replaced as a whole, with the reason given. */
public record CalendarYearReplaced(CalendarYearSnapshot before, CalendarYearSnapshot after, String reason,
                                   Long departmentId) implements CalendarYearChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("reason", reason);
    }
}
