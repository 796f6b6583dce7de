package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * The one place that counts legal periods (期间), for every feature that keeps a deadline.
 * <ul>
 *   <li>The day the period starts from is not counted (民事诉讼法 第八十五条第二款: 期间开始的时和日，不计算在期间内).</li>
 *   <li>{@link PeriodUnit#WORKING_DAYS}: only working days count: Monday to Friday outside the holidays, and the weekend
 *       days the arrangement makes working days (调休上班). 行政处罚法 第八十五条 reads its 二日、三日、五日、七日 so.</li>
 *   <li>{@link PeriodUnit#CALENDAR_DAYS}: every day counts, but a period whose last day is a rest day (a Saturday or
 *       Sunday that is not a make-up working day, or a holiday) ends on the next working day (民事诉讼法 第八十五条第三款:
 *       期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期).</li>
 *   <li>A year whose arrangement is not entered counts weekends only, and the deadline says it is provisional.</li>
 * </ul>
 * <p>Features store what this returns: {@code due_on DATE NOT NULL} with an index (lists filter and sort on it), and
 * {@code due_on_provisional BOOLEAN}. When a year is entered, {@link CalendarYearEntered} is published and every
 * {@link ProvisionalDeadlines} recomputes the provisional deadlines that reach into that year with this service.
 */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    /** No period of the statutes runs longer than a few years; anything longer is a typing error. */
    public static final int MAX_DAYS = 3660;
    /** The dates the calendar answers for: far wider than any record, narrow enough that no date arithmetic fails. */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2199;

    private final CalendarYears years;

    public Deadlines(CalendarYears years) {
        this.years = years;
    }

    /** The deadline of a period of {@code days} {@code unit} from {@code start}. */
    public Deadline of(LocalDate start, int days, PeriodUnit unit) {
        return of(calendar(), start, days, unit);
    }

    /** A calendar that reads each year once from the entered years; for one computation or one request. */
    public WorkingCalendar calendar() {
        return new WorkingCalendar(year -> years.findById(year).map(CalendarYear::arrangedDays));
    }

    /** The rule itself, on the calendar given: the unit tests and the recomputation of many deadlines use it. */
    public static Deadline of(WorkingCalendar calendar, LocalDate start, int days, PeriodUnit unit) {
        if (start == null) {
            throw new RuleViolation("start", "calendar.start.required");
        }
        if (start.getYear() < EARLIEST_YEAR || start.getYear() > LATEST_YEAR) {
            throw new RuleViolation("start", "calendar.date.outOfRange", String.valueOf(EARLIEST_YEAR),
                    String.valueOf(LATEST_YEAR));
        }
        if (unit == null) {
            throw new RuleViolation("unit", "calendar.unit.required");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw new RuleViolation("days", "calendar.days.range", String.valueOf(MAX_DAYS));
        }
        LocalDate due = switch (unit) {
            case WORKING_DAYS -> afterWorkingDays(calendar, start, days);
            case CALENDAR_DAYS -> onOrAfterLastDay(calendar, start.plusDays(days));
        };
        // the days the result depends on: every counted day for working days; the last day and the rest days it
        // moved over for calendar days
        LocalDate firstDependedOn = unit == PeriodUnit.WORKING_DAYS ? start.plusDays(1) : start.plusDays(days);
        boolean provisional = false;
        for (int y = firstDependedOn.getYear(); y <= due.getYear() && !firstDependedOn.isAfter(due); y++) {
            provisional |= !calendar.entered(y);
        }
        return new Deadline(start, days, unit, due, provisional);
    }

    private static LocalDate afterWorkingDays(WorkingCalendar calendar, LocalDate start, int days) {
        LocalDate d = start;
        for (int counted = 0; counted < days; ) {
            d = d.plusDays(1);
            if (calendar.day(d).workingDay()) {
                counted++;
            }
        }
        return d;
    }

    private static LocalDate onOrAfterLastDay(WorkingCalendar calendar, LocalDate last) {
        LocalDate d = last;
        while (!calendar.day(d).workingDay()) {
            d = d.plusDays(1);
        }
        return d;
    }
}
