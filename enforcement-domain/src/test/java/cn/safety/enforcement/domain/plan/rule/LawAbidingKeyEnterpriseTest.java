package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.keyChemicals;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.parameters;
import static org.assertj.core.api.Assertions.assertThat;

class LawAbidingKeyEnterpriseTest {

    private static java.util.Optional<String> refusal(EnterpriseFacts f) {
        return LawAbidingKeyEnterprise.refusal(f, PlanRules.all().assess(f, parameters()), parameters());
    }

    @Test
    void a_level_one_enterprise_may_move_even_after_a_recent_accident_without_deaths() {
        assertThat(refusal(keyChemicals(StandardizationGrade.LEVEL_1, LocalDate.of(2026, 6, 1)))).isEmpty();
    }

    @Test
    void three_years_without_an_accident_is_law_abiding() {
        assertThat(refusal(keyChemicals(StandardizationGrade.LEVEL_2, null))).isEmpty();
        assertThat(refusal(keyChemicals(StandardizationGrade.LEVEL_2, LocalDate.of(2023, 12, 1)))).isEmpty();
    }

    @Test
    void a_recent_accident_without_level_one_refuses_the_move() {
        assertThat(refusal(keyChemicals(StandardizationGrade.LEVEL_2, LocalDate.of(2023, 12, 2))))
                .contains("plan.move.notLawAbiding");
    }

    @Test
    void a_dynamic_trigger_refuses_the_move_even_for_level_one() {
        EnterpriseFacts suspended = new EnterpriseFacts(8, "91130123MA00000025", "某化工", Sector.HAZARDOUS_CHEMICALS,
                Set.of(), RiskGrade.RED, OperatingStatus.SUSPENDED, StandardizationGrade.LEVEL_1, null, null, null);
        assertThat(refusal(suspended)).contains("plan.move.dynamicTrigger");
    }
}
