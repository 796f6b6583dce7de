package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.enterprise.SafetyStaffing.Requirement;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import cn.safety.enforcement.domain.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SafetyStaffingTest {

    private static final RuleValue HUNDRED = threshold(100);
    private static final RuleValue FIFTY = threshold(50);
    private static final String CODE = "91130123MA0000001";

    private final Fixture f = new Fixture();

    private Enterprise enterprise(Sector sector, int employees, boolean organization, int fullTime, int partTime) {
        EnterpriseProfile p = new EnterpriseProfile("某公司", "某地址", sector, employees, null, null, null, organization,
                fullTime, partTime, null, RiskGrade.BLUE, 0, null);
        return Enterprise.register(new CreditCode(CODE + CreditCode.checkCharacter(CODE)), p, f.zhengding,
                f.zhengdingDept, "zhangsan", Instant.parse("2026-03-02T00:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(value = Sector.class, names = {"MINING", "HAZARDOUS_CHEMICALS", "FIREWORKS", "METALLURGY",
            "CONSTRUCTION", "TRANSPORT", "GAS"})
    void a_small_high_risk_unit_needs_an_organization_or_full_time_staff(Sector sector) {
        assertThat(sector.highRisk()).isTrue();

        SafetyStaffing partTimeOnly = SafetyStaffing.assess(enterprise(sector, 5, false, 0, 2), HUNDRED, SafetyStaffingTest::clause);

        assertThat(partTimeOnly.requirement()).isEqualTo(Requirement.ORGANIZATION_OR_FULL_TIME_STAFF);
        assertThat(partTimeOnly.met()).isFalse();
    }

    @Test
    void a_high_risk_unit_meets_it_with_full_time_staff() {
        SafetyStaffing s = SafetyStaffing.assess(enterprise(Sector.MINING, 5, false, 1, 0), HUNDRED, SafetyStaffingTest::clause);

        assertThat(s.requirement()).isEqualTo(Requirement.ORGANIZATION_OR_FULL_TIME_STAFF);
        assertThat(s.met()).isTrue();
    }

    @Test
    void a_high_risk_unit_meets_it_with_an_organization() {
        SafetyStaffing s = SafetyStaffing.assess(enterprise(Sector.CONSTRUCTION, 5, true, 0, 0), HUNDRED, SafetyStaffingTest::clause);

        assertThat(s.requirement()).isEqualTo(Requirement.ORGANIZATION_OR_FULL_TIME_STAFF);
        assertThat(s.met()).isTrue();
    }

    @Test
    void a_non_high_risk_unit_over_the_threshold_needs_an_organization_or_full_time_staff() {
        assertThat(Sector.INDUSTRY_TRADE.highRisk()).isFalse();

        SafetyStaffing partTimeOnly = SafetyStaffing.assess(enterprise(Sector.INDUSTRY_TRADE, 101, false, 0, 3), HUNDRED, SafetyStaffingTest::clause);
        SafetyStaffing fullTime = SafetyStaffing.assess(enterprise(Sector.INDUSTRY_TRADE, 101, false, 1, 0), HUNDRED, SafetyStaffingTest::clause);
        SafetyStaffing organization = SafetyStaffing.assess(enterprise(Sector.INDUSTRY_TRADE, 101, true, 0, 0), HUNDRED, SafetyStaffingTest::clause);

        assertThat(partTimeOnly.requirement()).isEqualTo(Requirement.ORGANIZATION_OR_FULL_TIME_STAFF);
        assertThat(partTimeOnly.met()).isFalse();
        assertThat(fullTime.met()).isTrue();
        assertThat(organization.met()).isTrue();
    }

    @Test
    void a_non_high_risk_unit_at_the_threshold_needs_only_some_safety_staff() {
        SafetyStaffing partTime = SafetyStaffing.assess(enterprise(Sector.INDUSTRY_TRADE, 100, false, 0, 1), HUNDRED, SafetyStaffingTest::clause);
        SafetyStaffing fullTime = SafetyStaffing.assess(enterprise(Sector.INDUSTRY_TRADE, 100, false, 1, 0), HUNDRED, SafetyStaffingTest::clause);

        assertThat(partTime.requirement()).isEqualTo(Requirement.FULL_OR_PART_TIME_STAFF);
        assertThat(partTime.met()).isTrue();
        assertThat(fullTime.met()).isTrue();
    }

    @Test
    void a_non_high_risk_unit_under_the_threshold_without_any_safety_staff_does_not_meet_it() {
        SafetyStaffing none = SafetyStaffing.assess(enterprise(Sector.OTHER, 30, false, 0, 0), HUNDRED, SafetyStaffingTest::clause);

        assertThat(none.requirement()).isEqualTo(Requirement.FULL_OR_PART_TIME_STAFF);
        assertThat(none.met()).isFalse();
    }

    @Test
    void the_threshold_comes_from_the_rule_value_not_from_a_literal() {
        Enterprise sixty = enterprise(Sector.INDUSTRY_TRADE, 60, false, 0, 1);

        SafetyStaffing underHundred = SafetyStaffing.assess(sixty, HUNDRED, SafetyStaffingTest::clause);
        SafetyStaffing overFifty = SafetyStaffing.assess(sixty, FIFTY, SafetyStaffingTest::clause);

        assertThat(underHundred.requirement()).isEqualTo(Requirement.FULL_OR_PART_TIME_STAFF);
        assertThat(underHundred.met()).isTrue();
        assertThat(overFifty.requirement()).isEqualTo(Requirement.ORGANIZATION_OR_FULL_TIME_STAFF);
        assertThat(overFifty.met()).isFalse();
    }

    @Test
    void with_a_threshold_of_50_exactly_50_employees_is_not_over_it() {
        assertThat(SafetyStaffing.assess(enterprise(Sector.OTHER, 50, false, 0, 1), FIFTY, SafetyStaffingTest::clause).requirement())
                .isEqualTo(Requirement.FULL_OR_PART_TIME_STAFF);
        assertThat(SafetyStaffing.assess(enterprise(Sector.OTHER, 51, false, 0, 1), FIFTY, SafetyStaffingTest::clause).requirement())
                .isEqualTo(Requirement.ORGANIZATION_OR_FULL_TIME_STAFF);
    }

    @Test
    void the_assessment_cites_the_rule_value_it_used() {
        assertThat(SafetyStaffing.assess(enterprise(Sector.OTHER, 10, false, 0, 1), FIFTY, SafetyStaffingTest::clause).threshold()).isSameAs(FIFTY);
    }

    @Test
    void a_38_person_trade_unit_is_told_only_the_clause_for_units_of_at_most_the_threshold() {
        SafetyStaffing s = SafetyStaffing.assess(enterprise(Sector.INDUSTRY_TRADE, 38, false, 0, 1), HUNDRED,
                SafetyStaffingTest::clause);
        assertThat(s.clause()).isEqualTo(SafetyStaffing.Clause.AT_OR_BELOW_THRESHOLD);
        assertThat(s.citation().key()).isEqualTo("safety-staffing.clause.at-or-below-threshold");
    }

    @Test
    void a_large_unit_and_a_high_risk_unit_are_told_their_own_clause() {
        assertThat(SafetyStaffing.assess(enterprise(Sector.INDUSTRY_TRADE, 101, false, 0, 1), HUNDRED,
                SafetyStaffingTest::clause).citation().key()).isEqualTo("safety-staffing.clause.above-threshold");
        assertThat(SafetyStaffing.assess(enterprise(Sector.MINING, 5, false, 0, 1), HUNDRED,
                SafetyStaffingTest::clause).citation().key()).isEqualTo("safety-staffing.clause.high-risk-units");
    }

    private static RuleValue clause(String key) {
        return new RuleValue(key, BigDecimal.valueOf(24), LocalDate.of(2021, 9, 1), "安全生产法第二十四条 " + key);
    }

    private static RuleValue threshold(int employees) {
        return new RuleValue(SafetyStaffing.THRESHOLD_KEY, BigDecimal.valueOf(employees), LocalDate.of(2021, 9, 1),
                "安全生产法第二十四条");
    }
}
