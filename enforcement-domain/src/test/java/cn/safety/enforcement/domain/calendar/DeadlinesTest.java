package cn.safety.enforcement.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.safety.enforcement.domain.calendar.PeriodUnit.CALENDAR_DAYS;
import static cn.safety.enforcement.domain.calendar.PeriodUnit.WORKING_DAYS;
import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(OfficialArrangements.entered2025And2026());

    private Deadline of(String start, int days, PeriodUnit unit) {
        return deadlines.of(LocalDate.parse(start), days, unit);
    }

    // ---- 国庆 2026: 10-01 … 10-07 rest, 09-20 and 10-10 worked ----

    @Test
    void seven_working_days_from_the_monday_before_national_day_skip_the_holiday_and_count_the_make_up_saturday() {
        // 09-29 1, 09-30 2, (10-01…10-07 rest), 10-08 3, 10-09 4, 10-10 Saturday worked 5, (10-11 Sunday), 10-12 6,
        // 10-13 7
        Deadline d = of("2026-09-28", 7, WORKING_DAYS);

        assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(d.provisional()).isFalse();
        assertThat(d.start()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(d.days()).isEqualTo(7);
        assertThat(d.unit()).isEqualTo(WORKING_DAYS);
    }

    @Test
    void a_calendar_day_period_ending_inside_national_day_ends_on_the_first_working_day_after_it() {
        assertThat(of("2026-09-28", 5, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(of("2026-09-30", 7, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(of("2026-09-28", 3, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void a_calendar_day_period_ending_on_a_make_up_saturday_ends_that_saturday() {
        assertThat(of("2026-10-03", 7, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(of("2026-09-13", 7, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void a_calendar_day_period_ending_on_an_ordinary_sunday_ends_on_monday() {
        assertThat(of("2026-03-07", 1, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        // the mid-autumn weekend before national day: Friday 09-25 … Sunday 09-27 rest
        assertThat(of("2026-09-18", 7, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void a_calendar_day_period_ending_on_a_working_day_is_not_moved() {
        assertThat(of("2026-09-28", 10, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(of("2026-03-02", 15, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    // ---- 春节 2026: 02-15 … 02-23 rest, 02-14 and 02-28 worked ----

    @Test
    void working_days_across_the_spring_festival_count_both_make_up_saturdays_and_skip_the_nine_days() {
        // 02-13 1, 02-14 Saturday worked 2, (02-15…02-23 rest), 02-24 3, 02-25 4, 02-26 5
        assertThat(of("2026-02-12", 5, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
        // … 02-26 5, 02-27 6, 02-28 Saturday worked 7, (03-01 Sunday), 03-02 8
        assertThat(of("2026-02-12", 8, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_calendar_day_period_ending_in_the_spring_festival_ends_on_the_tuesday_after_it() {
        assertThat(of("2026-02-10", 10, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(of("2026-02-08", 15, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void a_calendar_day_period_ending_on_the_make_up_saturday_before_the_spring_festival_ends_that_day() {
        assertThat(of("2026-02-07", 7, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    // ---- the start day, zero, and the rules across years ----

    @Test
    void the_start_day_is_not_counted() {
        assertThat(of("2026-03-02", 1, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(of("2026-03-02", 1, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        // started on a holiday, the first working day after it is the first day counted
        assertThat(of("2026-10-01", 1, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void a_period_of_no_days_ends_on_the_start_day_or_for_calendar_days_on_the_next_working_day() {
        assertThat(of("2026-03-02", 0, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(of("2026-10-05", 0, CALENDAR_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void working_days_from_2025_into_2026_follow_both_notices() {
        // 12-31 1, (2026-01-01…01-03 rest), 01-04 Sunday worked 2, 01-05 3
        assertThat(of("2025-12-30", 3, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        // 2025's combined 国庆节、中秋节: 10-01 … 10-08 rest, 10-11 Saturday worked
        assertThat(of("2025-09-30", 3, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void a_year_not_entered_counts_weekends_only_and_the_deadline_is_provisional() {
        // 2027-01-01 is a Friday: without the 2027 notice it counts as a working day
        Deadline working = of("2026-12-28", 5, WORKING_DAYS);
        assertThat(working.dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(working.provisional()).isTrue();

        Deadline calendar = of("2026-12-25", 8, CALENDAR_DAYS);
        assertThat(calendar.dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.provisional()).isTrue();

        Deadline inside = of("2027-03-01", 10, WORKING_DAYS);
        assertThat(inside.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(inside.provisional()).isTrue();
    }

    @Test
    void a_deadline_inside_entered_years_is_not_provisional_even_if_it_starts_in_the_last_days_of_the_year() {
        assertThat(of("2026-12-20", 10, CALENDAR_DAYS).provisional()).isFalse();
        assertThat(of("2026-12-20", 8, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(of("2026-12-20", 8, WORKING_DAYS).provisional()).isFalse();
        // starting in a year not entered does not matter when every counted day is in an entered one
        assertThat(of("2024-12-31", 2, WORKING_DAYS).dueOn()).isEqualTo(LocalDate.of(2025, 1, 3));
        assertThat(of("2024-12-31", 2, WORKING_DAYS).provisional()).isFalse();
        assertThat(of("2025-12-31", 0, WORKING_DAYS).provisional()).isFalse();
    }

    @Test
    void negative_or_absurd_periods_and_missing_values_are_refused_naming_the_parameter() {
        assertThat(problemsOf(() -> of("2026-03-02", -1, WORKING_DAYS))).containsExactly("days:calendar.days.range");
        assertThat(problemsOf(() -> of("2026-03-02", Deadlines.MAX_DAYS + 1, CALENDAR_DAYS)))
                .containsExactly("days:calendar.days.range");
        assertThat(problemsOf(() -> deadlines.of(null, 1, WORKING_DAYS))).containsExactly("start:calendar.start.required");
        assertThat(problemsOf(() -> of("2026-03-02", 1, null))).containsExactly("unit:calendar.unit.required");
        assertThat(problemsOf(() -> of("+99999-01-01", 1, CALENDAR_DAYS)))
                .containsExactly("start:calendar.date.outOfRange");
    }

    @Test
    void the_longest_period_allowed_is_counted_without_failing() {
        Deadline d = of("2026-01-01", Deadlines.MAX_DAYS, WORKING_DAYS);
        assertThat(d.dueOn()).isAfter(LocalDate.of(2039, 1, 1));
        assertThat(d.provisional()).isTrue();
    }
}
