package cn.safety.enforcement.web.calendar;

import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** A computed deadline as the API gives it. */
record DeadlineView(
        @Schema(example = "2026-09-28") LocalDate start,
        @Schema(example = "7") int days,
        PeriodUnit unit,
        @Schema(example = "2026-10-13") LocalDate dueOn,
        @Schema(description = "true when a day it depends on lies in a year whose arrangement is not entered yet"
                + " (weekends only were counted there)") boolean provisional) {

    static DeadlineView of(Deadline d) {
        return new DeadlineView(d.start(), d.days(), d.unit(), d.dueOn(), d.provisional());
    }
}
