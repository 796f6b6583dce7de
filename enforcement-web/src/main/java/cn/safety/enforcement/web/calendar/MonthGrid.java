package cn.safety.enforcement.web.calendar;

import cn.safety.enforcement.domain.calendar.CalendarDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A month laid out in weeks from Monday to Sunday, as Chinese wall calendars show it; blanks are null. */
record MonthGrid(int month, List<List<CalendarDay>> weeks) {

    /** The twelve months of a year from its days (1 January first). */
    static List<MonthGrid> of(List<CalendarDay> days) {
        List<MonthGrid> months = new ArrayList<>();
        List<List<CalendarDay>> weeks = null;
        List<CalendarDay> week = null;
        for (CalendarDay day : days) {
            LocalDate d = day.date();
            if (d.getDayOfMonth() == 1) {
                weeks = new ArrayList<>();
                months.add(new MonthGrid(d.getMonthValue(), weeks));
                week = new ArrayList<>(Collections.nCopies(d.getDayOfWeek().getValue() - 1, null));
                weeks.add(week);
            } else if (d.getDayOfWeek().getValue() == 1) {
                week = new ArrayList<>();
                weeks.add(week);
            }
            week.add(day);
        }
        for (MonthGrid m : months) {
            List<CalendarDay> last = m.weeks.get(m.weeks.size() - 1);
            while (last.size() < 7) {
                last.add(null);
            }
        }
        return months;
    }
}
