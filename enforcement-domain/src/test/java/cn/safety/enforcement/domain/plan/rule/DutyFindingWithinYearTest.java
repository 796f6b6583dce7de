package cn.safety.enforcement.domain.plan.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.parameters;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.withDutyFinding;
import static org.assertj.core.api.Assertions.assertThat;

class DutyFindingWithinYearTest {

    private final DutyFindingWithinYear rule = new DutyFindingWithinYear();

    @Test
    void a_finding_within_the_year_is_a_named_dynamic_trigger() {
        assertThat(rule.reasonFor(withDutyFinding(LocalDate.of(2026, 3, 1)), parameters()))
                .hasValueSatisfying(r -> {
                    assertThat(r.code()).isEqualTo("DUTY_FINDING");
                    assertThat(r.text()).contains("2026-03-01");
                });
        assertThat(rule.dynamic()).isTrue();
    }

    @Test
    void a_finding_older_than_a_year_or_none_does_not_trigger() {
        assertThat(rule.reasonFor(withDutyFinding(LocalDate.of(2025, 12, 2)), parameters())).isPresent();
        assertThat(rule.reasonFor(withDutyFinding(LocalDate.of(2025, 12, 1)), parameters())).isEmpty();
        assertThat(rule.reasonFor(withDutyFinding(null), parameters())).isEmpty();
    }
}
