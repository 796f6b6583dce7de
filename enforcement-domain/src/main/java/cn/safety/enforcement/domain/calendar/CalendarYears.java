package cn.safety.enforcement.domain.calendar;

import java.util.List;
import java.util.Optional;

/** Port: the entered years of the working-day calendar. */
public interface CalendarYears {

    Optional<CalendarYear> findById(Integer year);

    boolean existsById(Integer year);

    CalendarYear save(CalendarYear year);

    /** Every entered year, latest first, with its counts (one query, whatever the number of years). */
    List<CalendarYearSummary> summaries();
}
