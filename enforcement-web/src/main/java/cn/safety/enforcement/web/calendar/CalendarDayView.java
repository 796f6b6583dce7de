package cn.safety.enforcement.web.calendar;

import cn.safety.enforcement.domain.calendar.CalendarDay;
import cn.safety.enforcement.domain.calendar.DayKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** One day of the calendar as the API gives it. */
record CalendarDayView(
        @Schema(example = "2026-10-01") LocalDate date,
        @Schema(description = "false on weekends and holidays, true on weekdays and make-up working days")
        boolean workingDay,
        DayKind kind,
        @Schema(description = "the holiday the day belongs to (for a make-up working day: the holiday it makes up"
                + " for); null for plain days", example = "国庆节", nullable = true)
        String name) {

    static CalendarDayView of(CalendarDay day) {
        return new CalendarDayView(day.date(), day.workingDay(), day.kind(), day.name());
    }
}
