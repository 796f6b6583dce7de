package cn.safety.enforcement.domain.calendar;

import java.time.LocalDate;

/** One line of a notice as it is entered: e.g. HOLIDAY 国庆节 from 2026-10-01 to 2026-10-07. */
public record DayArrangement(DayKind kind, String name, LocalDate from, LocalDate to) {
}
