package cn.safety.enforcement.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.safety.enforcement.domain.calendar.DayKind.HOLIDAY;
import static cn.safety.enforcement.domain.calendar.DayKind.MAKEUP_WORKDAY;
import static cn.safety.enforcement.domain.calendar.OfficialArrangements.line;
import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static cn.safety.enforcement.domain.testsupport.Violations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

class CalendarYearTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private static CalendarYear enter(int year, List<DayArrangement> lines) {
        return CalendarYear.enter(year, "国办发明电〔2026〕9号", lines, "admin", NOW);
    }

    @Test
    void entering_expands_each_line_into_its_days_and_gives_the_lines_back_grouped() {
        CalendarYear y = CalendarYear.enter(2026, " 国办发明电〔2025〕7号 ", OfficialArrangements.Y2026, "admin", NOW);

        assertThat(y.getNotice()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(y.getNoticeTitle()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
        assertThat(y.holidayCount()).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(y.makeupWorkdayCount()).isEqualTo(6);
        assertThat(y.arrangedDays().get(LocalDate.of(2026, 10, 4)))
                .isEqualTo(new CalendarDay(LocalDate.of(2026, 10, 4), HOLIDAY, "国庆节"));
        assertThat(y.arrangedDays().get(LocalDate.of(2026, 10, 10)).kind()).isEqualTo(MAKEUP_WORKDAY);
        assertThat(y.arrangedDays()).doesNotContainKey(LocalDate.of(2026, 10, 11));
        assertThat(y.arrangements()).hasSize(13)
                .contains(line(HOLIDAY, "春节", "2026-02-15", "2026-02-23"), line(MAKEUP_WORKDAY, "国庆节", "2026-10-10", "2026-10-10"));
        assertThat(y.getEnteredBy()).isEqualTo("admin");
        assertThat(y.getEnteredAt()).isEqualTo(NOW);
    }

    @Test
    void a_make_up_working_day_on_a_weekday_is_refused_naming_the_day() {
        RuleViolationAssert problems = new RuleViolationAssert(() -> enter(2027, List.of(
                line(HOLIDAY, "元旦", "2027-01-01", "2027-01-01"),
                line(MAKEUP_WORKDAY, "春节", "2027-02-03", "2027-02-03"))));
        problems.has("ranges[1].from:calendar.range.makeupNotWeekend", LocalDate.of(2027, 2, 3));
    }

    @Test
    void the_same_day_twice_a_day_of_another_year_a_reversed_or_overlong_line_are_each_refused_together() {
        List<String> problems = problemsOf(() -> enter(2027, List.of(
                line(HOLIDAY, "元旦", "2027-01-01", "2027-01-01"),
                line(HOLIDAY, "元旦", "2027-01-01", "2027-01-02"),
                line(HOLIDAY, "春节", "2028-01-26", "2028-01-28"),
                line(HOLIDAY, "清明节", "2027-04-06", "2027-04-04"),
                line(HOLIDAY, "国庆节", "2027-09-01", "2027-10-07"))));

        assertThat(problems).containsExactly("ranges[1].from:calendar.range.dayTwice",
                "ranges[2].from:calendar.range.otherYear", "ranges[3].to:calendar.range.reversed",
                "ranges[4].to:calendar.range.tooLong");
    }

    @Test
    void a_holiday_needs_a_name_a_kind_and_both_dates_and_a_make_up_day_may_go_without_a_name() {
        assertThat(problemsOf(() -> enter(2027, List.of(
                line(HOLIDAY, " ", "2027-01-01", "2027-01-01"),
                new DayArrangement(DayKind.WEEKEND, "周末", LocalDate.of(2027, 1, 9), LocalDate.of(2027, 1, 9)),
                new DayArrangement(HOLIDAY, "春节", null, LocalDate.of(2027, 2, 9))))))
                .containsExactly("ranges[0].name:calendar.range.nameRequired", "ranges[1].kind:calendar.range.kind",
                        "ranges[2].from:calendar.range.datesRequired");

        CalendarYear y = enter(2027, List.of(line(HOLIDAY, "元旦", "2027-01-01", "2027-01-01"),
                new DayArrangement(MAKEUP_WORKDAY, null, LocalDate.of(2027, 1, 9), LocalDate.of(2027, 1, 9))));
        assertThat(y.arrangedDays().get(LocalDate.of(2027, 1, 9)).name()).isNull();
    }

    @Test
    void a_year_without_any_holiday_without_a_notice_or_outside_the_years_kept_is_refused() {
        assertThat(problemsOf(() -> enter(2027, List.of()))).containsExactly("ranges:calendar.ranges.noHoliday");
        assertThat(problemsOf(() -> CalendarYear.enter(2027, " ", List.of(line(HOLIDAY, "元旦", "2027-01-01",
                "2027-01-01")), "admin", NOW))).containsExactly("notice:calendar.notice.required");
        assertThat(problemsOf(() -> enter(1999, OfficialArrangements.Y2026))).containsExactly("year:calendar.year.outOfRange");
        assertThat(violationOf(() -> enter(2101, OfficialArrangements.Y2026)).problems().get(0).args())
                .containsExactly("2000", "2100");
    }

    @Test
    void replacing_needs_a_reason_and_changes_nothing_without_one() {
        CalendarYear y = enter(2027, List.of(line(HOLIDAY, "元旦", "2027-01-01", "2027-01-01")));

        assertThat(problemsOf(() -> y.replace("国办发明电〔2026〕9号", List.of(line(HOLIDAY, "元旦", "2027-01-01",
                "2027-01-03")), " ", "admin", 10L, NOW))).containsExactly("reason:calendar.replace.reasonRequired");
        assertThat(y.holidayCount()).isEqualTo(1);

        CalendarYearReplaced replaced = y.replace("国办发明电〔2026〕10号", List.of(line(HOLIDAY, "元旦", "2027-01-01",
                "2027-01-03")), "录入有误", "admin2", 10L, NOW.plusSeconds(60));
        assertThat(y.holidayCount()).isEqualTo(3);
        assertThat(y.getNotice()).isEqualTo("国办发明电〔2026〕10号");
        assertThat(y.getReplacedReason()).isEqualTo("录入有误");
        assertThat(y.getEnteredBy()).isEqualTo("admin2");
        assertThat(replaced.before()).isEqualTo(new CalendarYearSnapshot(2027, "国办发明电〔2026〕9号",
                "元旦 2027-01-01", ""));
        assertThat(replaced.after().holidays()).isEqualTo("元旦 2027-01-01…2027-01-03");
        assertThat(replaced.details()).containsEntry("reason", "录入有误");
        assertThat(replaced.aggregateId()).isEqualTo(2027);
        assertThat(replaced.departmentId()).isEqualTo(10L);
    }

    /** A refusal with exactly one problem, whose first argument is checked too. */
    private record RuleViolationAssert(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        void has(String fieldAndCode, Object firstArg) {
            var v = violationOf(call);
            assertThat(cn.safety.enforcement.domain.testsupport.Violations.fieldsAndCodes(v.problems()))
                    .containsExactly(fieldAndCode);
            assertThat(v.problems().get(0).args()[0]).isEqualTo(firstArg);
        }
    }
}
