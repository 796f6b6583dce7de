package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Facts and rule values for the plan rules' tests; generation day 2026-12-02. */
public final class PlanFactsFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private PlanFactsFixture() {
    }

    public static RuleValue value(String key, int v) {
        return new RuleValue(key, BigDecimal.valueOf(v), LocalDate.of(2021, 1, 1), "应急〔2021〕23号（二）");
    }

    public static PlanParameters parameters() {
        return parameters(Optional.empty());
    }

    public static PlanParameters parameters(Optional<RuleValue> cap) {
        return new PlanParameters(TODAY, value(PlanParameters.BASE, 1), value(PlanParameters.EXTRA, 1),
                value(PlanParameters.FATAL_ACCIDENT_YEARS, 3), value(PlanParameters.DUTY_FINDING_YEARS, 1),
                value(PlanParameters.ACCIDENT_FREE_YEARS, 3), cap);
    }

    /** An ordinary operating enterprise with no accident and no finding: on no list. */
    public static EnterpriseFacts ordinary() {
        return new EnterpriseFacts(7, "91130123MA00000017", "某公司", Sector.OTHER, Set.of(), RiskGrade.BLUE,
                OperatingStatus.OPERATING, StandardizationGrade.NONE, null, null, null);
    }

    public static EnterpriseFacts of(Sector sector, Set<Feature> features, RiskGrade grade) {
        EnterpriseFacts o = ordinary();
        return new EnterpriseFacts(o.enterpriseId(), o.creditCode(), o.name(), sector, features, grade, o.status(),
                o.standardizationGrade(), null, null, null);
    }

    public static EnterpriseFacts withStatus(OperatingStatus status) {
        EnterpriseFacts o = ordinary();
        return new EnterpriseFacts(o.enterpriseId(), o.creditCode(), o.name(), o.sector(), o.features(),
                o.riskGrade(), status, o.standardizationGrade(), null, null, null);
    }

    public static EnterpriseFacts withAccidents(LocalDate lastFatal, LocalDate lastAny) {
        EnterpriseFacts o = ordinary();
        return new EnterpriseFacts(o.enterpriseId(), o.creditCode(), o.name(), o.sector(), o.features(),
                o.riskGrade(), o.status(), o.standardizationGrade(), lastFatal, lastAny, null);
    }

    public static EnterpriseFacts withDutyFinding(LocalDate on) {
        EnterpriseFacts o = ordinary();
        return new EnterpriseFacts(o.enterpriseId(), o.creditCode(), o.name(), o.sector(), o.features(),
                o.riskGrade(), o.status(), o.standardizationGrade(), null, null, on);
    }

    /** A red-graded chemicals enterprise: key for its sector. */
    public static EnterpriseFacts keyChemicals(StandardizationGrade grade, LocalDate lastAccident) {
        return new EnterpriseFacts(8, "91130123MA00000025", "某化工", Sector.HAZARDOUS_CHEMICALS, Set.of(),
                RiskGrade.RED, OperatingStatus.OPERATING, grade, null, lastAccident, null);
    }
}
