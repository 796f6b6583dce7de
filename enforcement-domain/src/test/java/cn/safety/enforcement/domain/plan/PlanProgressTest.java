package cn.safety.enforcement.domain.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlanProgressTest {

    @Test
    void a_month_is_overdue_from_the_first_day_of_the_next_month_on() {
        assertThat(PlanProgress.monthsPassed(2026, LocalDate.of(2026, 1, 31))).isZero();
        assertThat(PlanProgress.monthsPassed(2026, LocalDate.of(2026, 2, 1))).isEqualTo(1);
        assertThat(PlanProgress.monthsPassed(2026, LocalDate.of(2026, 12, 31))).isEqualTo(11);
    }

    @Test
    void every_month_of_a_past_year_has_passed_and_none_of_a_future_one() {
        assertThat(PlanProgress.monthsPassed(2025, LocalDate.of(2026, 1, 1))).isEqualTo(12);
        assertThat(PlanProgress.monthsPassed(2027, LocalDate.of(2026, 12, 31))).isZero();
    }

    @Test
    void coverage_is_rounded_down_so_that_it_reads_100_only_when_every_key_item_is_covered() {
        assertThat(figures(3, 2).keyCoveragePercent()).isEqualTo(66);
        assertThat(figures(200, 199).keyCoveragePercent()).isEqualTo(99);
        assertThat(figures(4, 4).keyCoveragePercent()).isEqualTo(100);
        assertThat(figures(0, 0).keyCoveragePercent()).as("no key items: no coverage to show").isNull();
    }

    @Test
    void the_totals_add_up_each_figure() {
        PlanProgress.Figures a = new PlanProgress.Figures(1, 2, 3, 4, 5, 6, 7, 8);
        PlanProgress.Figures b = new PlanProgress.Figures(10, 20, 30, 40, 50, 60, 70, 80);
        assertThat(a.plus(b)).isEqualTo(new PlanProgress.Figures(11, 22, 33, 44, 55, 66, 77, 88));
        assertThat(PlanProgress.Figures.NONE.plus(a)).isEqualTo(a);
    }

    @Test
    void an_item_is_done_once_its_required_inspections_are_completed() {
        assertThat(ItemState.of(2, 2, 0)).isEqualTo(ItemState.DONE);
        assertThat(ItemState.of(2, 3, 0)).isEqualTo(ItemState.DONE);
        assertThat(ItemState.of(2, 1, 0)).as("one of two").isEqualTo(ItemState.IN_PROGRESS);
        assertThat(ItemState.of(1, 0, 1)).as("begun, not completed").isEqualTo(ItemState.IN_PROGRESS);
        assertThat(ItemState.of(1, 0, 0)).isEqualTo(ItemState.NOT_STARTED);
        assertThat(ItemState.of(0, 0, 0)).as("an item asks for one inspection at least").isEqualTo(ItemState.NOT_STARTED);
    }

    private static PlanProgress.Figures figures(long keyItems, long keyCovered) {
        return new PlanProgress.Figures(keyItems, keyCovered, 0, 0, 0, keyItems, keyCovered, keyCovered);
    }
}
