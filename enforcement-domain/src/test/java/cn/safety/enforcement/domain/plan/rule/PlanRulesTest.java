package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanFlag;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.Reason;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.keyChemicals;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.ordinary;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.parameters;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.value;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTest {

    private final PlanRules rules = PlanRules.all();

    @Test
    void every_rule_is_listed_once() {
        assertThat(PlanRules.ALL).extracting(r -> r.getClass().getSimpleName()).containsExactly(
                "HighRiskSectorWithHighRisk", "FatalAccidentWithinYears", "SuspendedRenovatingOrClosed",
                "DutyFindingWithinYear", "OverdueMajorHazard");
    }

    @Test
    void an_enterprise_no_rule_applies_to_is_not_key() {
        PlanRules.Assessment a = rules.assess(ordinary(), parameters());
        assertThat(a.key()).isFalse();
        assertThat(a.requiredInspections()).isZero();
    }

    @Test
    void a_key_sector_enterprise_needs_the_base_inspection() {
        PlanRules.Assessment a = rules.assess(keyChemicals(StandardizationGrade.NONE, null), parameters());
        assertThat(a.key()).isTrue();
        assertThat(a.reasons()).extracting(Reason::code).containsExactly("HIGH_RISK_SECTOR");
        assertThat(a.requiredInspections()).isEqualTo(1);
        assertThat(a.dynamicTrigger()).isFalse();
    }

    @Test
    void a_dynamic_trigger_alone_makes_the_enterprise_key_with_one_more_inspection() {
        PlanRules.Assessment a = rules.assess(withStatus(OperatingStatus.SUSPENDED), parameters());
        assertThat(a.key()).isTrue();
        assertThat(a.dynamicTrigger()).isTrue();
        assertThat(a.requiredInspections()).isEqualTo(2);
    }

    @Test
    void several_triggers_are_each_named_but_add_the_extra_inspections_once() {
        EnterpriseFacts all = new EnterpriseFacts(9, "91130123MA00000033", "某矿", Sector.MINING, Set.of(),
                RiskGrade.RED, OperatingStatus.RENOVATING, StandardizationGrade.NONE, LocalDate.of(2024, 5, 6),
                LocalDate.of(2024, 5, 6), LocalDate.of(2026, 6, 1));
        PlanRules.Assessment a = rules.assess(all, parameters());
        assertThat(a.reasons()).extracting(Reason::code)
                .containsExactly("HIGH_RISK_SECTOR", "FATAL_ACCIDENT", "RENOVATING", "DUTY_FINDING");
        assertThat(a.requiredInspections()).isEqualTo(2);
    }

    @Test
    void the_numbers_come_from_the_rule_data() {
        PlanParameters p = new PlanParameters(PlanFactsFixture.TODAY, value(PlanParameters.BASE, 2),
                value(PlanParameters.EXTRA, 3), value(PlanParameters.FATAL_ACCIDENT_YEARS, 3),
                value(PlanParameters.DUTY_FINDING_YEARS, 1), value(PlanParameters.ACCIDENT_FREE_YEARS, 3),
                Optional.empty());
        assertThat(rules.assess(withStatus(OperatingStatus.CLOSED), p).requiredInspections()).isEqualTo(5);
    }

    @Test
    void an_item_over_the_province_cap_is_flagged_not_cut() {
        PlanRules.Assessment a = rules.assess(withStatus(OperatingStatus.SUSPENDED),
                parameters(Optional.of(value(PlanParameters.CAP, 1))));
        assertThat(a.requiredInspections()).isEqualTo(2);
        assertThat(a.flags()).containsExactly(PlanFlag.OVER_CAP);
    }

    @Test
    void an_item_within_the_cap_is_not_flagged() {
        PlanRules.Assessment a = rules.assess(withStatus(OperatingStatus.SUSPENDED),
                parameters(Optional.of(value(PlanParameters.CAP, 2))));
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void the_rule_set_names_the_rules_version_and_the_newest_value_used() {
        assertThat(parameters().ruleSet(PlanRules.VERSION)).isEqualTo("PLAN-RULES-2/2021-01-01");
    }

    @Test
    void a_feature_that_is_not_key_does_not_make_a_red_enterprise_key() {
        assertThat(rules.assess(PlanFactsFixture.of(Sector.INDUSTRY_TRADE, Set.of(Feature.CONFINED_SPACE),
                RiskGrade.RED), parameters()).key()).isFalse();
    }
}
