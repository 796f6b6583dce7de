package cn.safety.enforcement.persistence.calendar;

import cn.safety.enforcement.domain.calendar.CalendarYear;
import cn.safety.enforcement.domain.calendar.CalendarYearSummary;
import cn.safety.enforcement.domain.calendar.CalendarYears;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** The entered years; a year's days are loaded with it (a few dozen rows). */
interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer>, CalendarYears {

    @Override
    @Query("""
            select new cn.safety.enforcement.domain.calendar.CalendarYearSummary(y.year, y.notice,
                sum(case when d.kind = cn.safety.enforcement.domain.calendar.DayKind.HOLIDAY then 1 else 0 end),
                sum(case when d.kind = cn.safety.enforcement.domain.calendar.DayKind.MAKEUP_WORKDAY then 1 else 0 end),
                y.enteredAt, y.enteredBy, y.replacedReason, y.version)
            from CalendarYear y left join y.days d
            group by y.year, y.notice, y.enteredAt, y.enteredBy, y.replacedReason, y.version
            order by y.year desc""")
    List<CalendarYearSummary> summaries();
}
