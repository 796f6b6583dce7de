package cn.safety.enforcement.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The calendar as one computation reads it: each year is looked up once. A day of a year not entered is read from the
 * day of the week alone; {@link #entered} tells whether a result depends on such a year.
 */
public final class WorkingCalendar {

    private final IntFunction<Optional<Map<LocalDate, CalendarDay>>> years;
    private final Map<Integer, Optional<Map<LocalDate, CalendarDay>>> read = new HashMap<>();

    public WorkingCalendar(IntFunction<Optional<Map<LocalDate, CalendarDay>>> years) {
        this.years = years;
    }

    public CalendarDay day(LocalDate date) {
        Optional<Map<LocalDate, CalendarDay>> year = read.computeIfAbsent(date.getYear(), years::apply);
        if (year.isEmpty()) {
            return plain(date);
        }
        CalendarDay arranged = year.get().get(date);
        return arranged != null ? arranged : plain(date);
    }

    public boolean entered(int year) {
        return read.computeIfAbsent(year, years::apply).isPresent();
    }

    private static CalendarDay plain(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        return new CalendarDay(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null);
    }
}
