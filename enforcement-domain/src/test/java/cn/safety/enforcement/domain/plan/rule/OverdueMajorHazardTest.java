package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.ordinary;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.parameters;
import static org.assertj.core.api.Assertions.assertThat;

class OverdueMajorHazardTest {

    private final OverdueMajorHazard rule = new OverdueMajorHazard();

    private static EnterpriseFacts withOverdueMajorHazard(LocalDate dueOn) {
        EnterpriseFacts o = ordinary();
        return new EnterpriseFacts(o.enterpriseId(), o.creditCode(), o.name(), o.sector(), o.features(),
                o.riskGrade(), o.status(), o.standardizationGrade(), null, null, null, dueOn);
    }

    @Test
    void an_open_major_hazard_past_its_deadline_makes_the_enterprise_key_with_a_dynamic_inspection() {
        assertThat(rule.dynamic()).isTrue();
        assertThat(rule.reasonFor(withOverdueMajorHazard(LocalDate.of(2026, 11, 20)), parameters()))
                .hasValueSatisfying(r -> {
                    assertThat(r.code()).isEqualTo(OverdueMajorHazard.CODE);
                    assertThat(r.text()).contains("重大事故隐患未按期整改销号").contains("2026-11-20");
                });
        PlanRules.Assessment a = PlanRules.all().assess(withOverdueMajorHazard(LocalDate.of(2026, 11, 20)),
                parameters());
        assertThat(a.key()).isTrue();
        assertThat(a.dynamicTrigger()).isTrue();
        assertThat(a.requiredInspections()).isEqualTo(2);
    }

    @Test
    void an_enterprise_without_an_overdue_major_hazard_is_not_key_for_it() {
        assertThat(rule.reasonFor(ordinary(), parameters())).isEmpty();
    }
}
