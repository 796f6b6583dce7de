package cn.safety.enforcement.domain.calendar;

import java.time.Instant;

/** One entered year in the list of years: its notice, how many days it arranges, who entered it when. */
public record CalendarYearSummary(int year, String notice, long holidays, long makeupWorkdays, Instant enteredAt,
                                  String enteredBy, String replacedReason, long version) {
}
