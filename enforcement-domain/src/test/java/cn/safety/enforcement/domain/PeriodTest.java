package cn.safety.enforcement.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);
    private final Period year = new Period(FIRST, LAST);

    @Test
    void a_period_contains_its_first_and_last_day_and_nothing_outside() {
        assertThat(year.contains(FIRST)).isTrue();
        assertThat(year.contains(LAST)).isTrue();
        assertThat(year.contains(FIRST.minusDays(1))).isFalse();
        assertThat(year.contains(LAST.plusDays(1))).isFalse();
    }

    @Test
    void a_period_missing_an_end_contains_no_day() {
        assertThat(new Period(null, LAST).contains(FIRST)).isFalse();
        assertThat(new Period(FIRST, null).contains(FIRST)).isFalse();
    }

    @Test
    void a_period_is_over_only_after_its_last_day() {
        assertThat(year.isOverOn(LAST)).isFalse();
        assertThat(year.isOverOn(LAST.plusDays(1))).isTrue();
        assertThat(new Period(FIRST, null).isOverOn(LAST.plusYears(9))).isFalse();
    }

    @Test
    void a_period_ending_before_it_begins_is_reversed_and_one_day_is_not() {
        assertThat(new Period(LAST, FIRST).isReversed()).isTrue();
        assertThat(new Period(FIRST, FIRST).isReversed()).isFalse();
        assertThat(new Period(null, FIRST).isReversed()).isFalse();
    }
}
