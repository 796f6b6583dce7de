package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading the calendar: the days of a range, the entered years. National reference data, the same for everyone. */
@Service
@Transactional(readOnly = true)
public class ConsultingCalendar {

    /** The most days one request reads. */
    public static final int MAX_RANGE_DAYS = 400;

    private final CalendarYears years;
    private final Deadlines deadlines;

    public ConsultingCalendar(CalendarYears years, Deadlines deadlines) {
        this.years = years;
        this.deadlines = deadlines;
    }

    /** Every day from {@code from} to {@code to}, both included, at most {@value #MAX_RANGE_DAYS}. */
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        requireInRange("from", from);
        requireInRange("to", to);
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "calendar.range.toBeforeFrom", from, to);
        }
        if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_RANGE_DAYS) {
            throw new RuleViolation("to", "calendar.range.tooManyDays", MAX_RANGE_DAYS);
        }
        WorkingCalendar calendar = deadlines.calendar();
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(calendar.day(d));
        }
        return days;
    }

    /** The entered years, latest first. */
    public List<CalendarYearSummary> years() {
        return years.summaries();
    }

    public Optional<CalendarYear> year(int year) {
        return years.findById(year);
    }

    /** Whether the actor may enter or replace a year, so that pages offer the forms only to them. */
    public boolean mayEnter(Actor actor) {
        return CalendarEntryPolicy.mayEnter(actor);
    }

    private static void requireInRange(String field, LocalDate date) {
        if (date == null) {
            throw new RuleViolation(field, "calendar.date.required");
        }
        if (date.getYear() < Deadlines.EARLIEST_YEAR || date.getYear() > Deadlines.LATEST_YEAR) {
            throw new RuleViolation(field, "calendar.date.outOfRange", String.valueOf(Deadlines.EARLIEST_YEAR),
                    String.valueOf(Deadlines.LATEST_YEAR));
        }
    }
}
