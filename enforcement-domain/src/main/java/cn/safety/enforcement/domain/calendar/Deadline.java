package cn.safety.enforcement.domain.calendar;

import java.time.LocalDate;

/**
 * The last day of a period of {@code days} {@code unit} from {@code start}. {@code provisional} when a day it depended
 * on lies in a year whose arrangement was not entered yet (weekends only were counted there): a feature that keeps the
 * deadline keeps this flag with it and recomputes it when the year is entered ({@link CalendarYearEntered}).
 */
public record Deadline(LocalDate start, int days, PeriodUnit unit, LocalDate dueOn, boolean provisional) {
}
