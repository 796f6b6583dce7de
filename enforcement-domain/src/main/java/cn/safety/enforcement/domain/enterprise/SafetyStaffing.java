package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;

import java.util.function.Function;

/**
 * 安全生产管理机构和人员 (安全生产法 第二十四条, 004§3): mining, metallurgy, construction, transport and
 * dangerous-goods units (第一款), and any other unit with more employees than the threshold (第二款, first half), must
 * set up a safety-management organisation or employ full-time safety staff; the rest need at least full- or part-time
 * safety staff (第二款, second half).
 * <p>The employee threshold is the rule parameter {@value #THRESHOLD_KEY}; the text of each of the three clauses is
 * rule data too ({@link Clause#key()}, the article number as value and the clause as source), so that the file cites
 * only the clause that applies to the enterprise, as the law in force words it.
 */
public record SafetyStaffing(Requirement requirement, boolean met, RuleValue threshold, Clause clause,
                             RuleValue citation) {

    public static final String THRESHOLD_KEY = "safety-staffing.employee-threshold";

    public enum Requirement {
        ORGANIZATION_OR_FULL_TIME_STAFF, FULL_OR_PART_TIME_STAFF
    }

    /** Which part of the article decides the requirement. */
    public enum Clause {
        /** 第一款: the high-risk units, whatever their size. */
        HIGH_RISK_UNITS("safety-staffing.clause.high-risk-units"),
        /** 第二款, first half: other units with more employees than the threshold. */
        ABOVE_THRESHOLD("safety-staffing.clause.above-threshold"),
        /** 第二款, second half: other units with at most the threshold. */
        AT_OR_BELOW_THRESHOLD("safety-staffing.clause.at-or-below-threshold");

        private final String key;

        Clause(String key) {
            this.key = key;
        }

        /** The rule parameter holding this clause's text (source) in force. */
        public String key() {
            return key;
        }
    }

    /**
     * Assesses {@code e} against the threshold in force; {@code clauses} gives the rule value of a clause key in force
     * for the enterprise (the same province and day as the threshold).
     */
    public static SafetyStaffing assess(Enterprise e, RuleValue threshold, Function<String, RuleValue> clauses) {
        Clause clause = e.getSector().highRisk() ? Clause.HIGH_RISK_UNITS
                : e.getEmployees() > threshold.asInt() ? Clause.ABOVE_THRESHOLD
                : Clause.AT_OR_BELOW_THRESHOLD;
        Requirement requirement = clause == Clause.AT_OR_BELOW_THRESHOLD
                ? Requirement.FULL_OR_PART_TIME_STAFF
                : Requirement.ORGANIZATION_OR_FULL_TIME_STAFF;
        boolean met = switch (requirement) {
            case ORGANIZATION_OR_FULL_TIME_STAFF -> e.isSafetyOrganization() || e.getFullTimeSafetyStaff() > 0;
            case FULL_OR_PART_TIME_STAFF -> e.getFullTimeSafetyStaff() + e.getPartTimeSafetyStaff() > 0;
        };
        return new SafetyStaffing(requirement, met, threshold, clause, clauses.apply(clause.key()));
    }
}
