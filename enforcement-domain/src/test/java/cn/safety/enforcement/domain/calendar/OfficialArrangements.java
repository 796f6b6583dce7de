package cn.safety.enforcement.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.safety.enforcement.domain.calendar.DayKind.HOLIDAY;
import static cn.safety.enforcement.domain.calendar.DayKind.MAKEUP_WORKDAY;

/** The arrangements of 2025 and 2026 as the notices state them, and a store of entered years in memory. */
public final class OfficialArrangements {

    static final List<DayArrangement> Y2025 = List.of(
            line(HOLIDAY, "元旦", "2025-01-01", "2025-01-01"),
            line(HOLIDAY, "春节", "2025-01-28", "2025-02-04"),
            line(MAKEUP_WORKDAY, "春节", "2025-01-26", "2025-01-26"),
            line(MAKEUP_WORKDAY, "春节", "2025-02-08", "2025-02-08"),
            line(HOLIDAY, "清明节", "2025-04-04", "2025-04-06"),
            line(HOLIDAY, "劳动节", "2025-05-01", "2025-05-05"),
            line(MAKEUP_WORKDAY, "劳动节", "2025-04-27", "2025-04-27"),
            line(HOLIDAY, "端午节", "2025-05-31", "2025-06-02"),
            line(HOLIDAY, "国庆节、中秋节", "2025-10-01", "2025-10-08"),
            line(MAKEUP_WORKDAY, "国庆节、中秋节", "2025-09-28", "2025-09-28"),
            line(MAKEUP_WORKDAY, "国庆节、中秋节", "2025-10-11", "2025-10-11"));

    static final List<DayArrangement> Y2026 = List.of(
            line(HOLIDAY, "元旦", "2026-01-01", "2026-01-03"),
            line(MAKEUP_WORKDAY, "元旦", "2026-01-04", "2026-01-04"),
            line(HOLIDAY, "春节", "2026-02-15", "2026-02-23"),
            line(MAKEUP_WORKDAY, "春节", "2026-02-14", "2026-02-14"),
            line(MAKEUP_WORKDAY, "春节", "2026-02-28", "2026-02-28"),
            line(HOLIDAY, "清明节", "2026-04-04", "2026-04-06"),
            line(HOLIDAY, "劳动节", "2026-05-01", "2026-05-05"),
            line(MAKEUP_WORKDAY, "劳动节", "2026-05-09", "2026-05-09"),
            line(HOLIDAY, "端午节", "2026-06-19", "2026-06-21"),
            line(HOLIDAY, "中秋节", "2026-09-25", "2026-09-27"),
            line(HOLIDAY, "国庆节", "2026-10-01", "2026-10-07"),
            line(MAKEUP_WORKDAY, "国庆节", "2026-09-20", "2026-09-20"),
            line(MAKEUP_WORKDAY, "国庆节", "2026-10-10", "2026-10-10"));

    static final Instant ENTERED = Instant.parse("2025-11-05T02:00:00Z");

    private OfficialArrangements() {
    }

    static DayArrangement line(DayKind kind, String name, String from, String to) {
        return new DayArrangement(kind, name, LocalDate.parse(from), LocalDate.parse(to));
    }

    /** A store holding 2025 and 2026 as entered from their notices (2027 not entered). */
    public static InMemoryYears entered2025And2026() {
        InMemoryYears years = new InMemoryYears();
        years.save(CalendarYear.enter(2025, "国办发明电〔2024〕12号", Y2025, "system", ENTERED));
        years.save(CalendarYear.enter(2026, "国办发明电〔2025〕7号", Y2026, "system", ENTERED));
        return years;
    }

    public static final class InMemoryYears implements CalendarYears {

        final Map<Integer, CalendarYear> years = new HashMap<>();
        int saves;

        @Override
        public Optional<CalendarYear> findById(Integer year) {
            return Optional.ofNullable(years.get(year));
        }

        @Override
        public boolean existsById(Integer year) {
            return years.containsKey(year);
        }

        @Override
        public CalendarYear save(CalendarYear year) {
            saves++;
            years.put(year.getYear(), year);
            return year;
        }

        @Override
        public List<CalendarYearSummary> summaries() {
            return years.values().stream().map(y -> new CalendarYearSummary(y.getYear(), y.getNotice(),
                    y.holidayCount(), y.makeupWorkdayCount(), y.getEnteredAt(), y.getEnteredBy(),
                    y.getReplacedReason(), y.getVersion())).toList();
        }
    }
}
