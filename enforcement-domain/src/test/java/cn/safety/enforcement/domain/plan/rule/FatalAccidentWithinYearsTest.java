package cn.safety.enforcement.domain.plan.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.parameters;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.withAccidents;
import static org.assertj.core.api.Assertions.assertThat;

class FatalAccidentWithinYearsTest {

    private final FatalAccidentWithinYears rule = new FatalAccidentWithinYears();

    @Test
    void a_fatal_accident_within_three_years_is_a_named_dynamic_trigger() {
        LocalDate day = LocalDate.of(2024, 5, 6);
        assertThat(rule.reasonFor(withAccidents(day, day), parameters())).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("FATAL_ACCIDENT");
            assertThat(r.text()).contains("近3年", "2024-05-06");
        });
        assertThat(rule.dynamic()).isTrue();
    }

    @Test
    void the_window_includes_its_first_day_and_not_the_day_before() {
        assertThat(rule.reasonFor(withAccidents(LocalDate.of(2023, 12, 2), null), parameters())).isPresent();
        assertThat(rule.reasonFor(withAccidents(LocalDate.of(2023, 12, 1), null), parameters())).isEmpty();
    }

    @Test
    void an_accident_without_deaths_or_none_at_all_does_not_trigger() {
        assertThat(rule.reasonFor(withAccidents(null, LocalDate.of(2026, 1, 1)), parameters())).isEmpty();
        assertThat(rule.reasonFor(withAccidents(null, null), parameters())).isEmpty();
    }
}
