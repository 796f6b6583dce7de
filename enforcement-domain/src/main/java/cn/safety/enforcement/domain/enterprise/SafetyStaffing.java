package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;

/**
 * 安全生产管理机构和人员 (安全生产法 第二十四条, 004§3): mining, metallurgy, construction, road transport and
 * dangerous-goods units, and any other unit with more employees than the threshold, must set up a safety-management
 * organisation or employ full-time safety staff; the rest need at least full- or part-time safety staff.
 * The employee threshold is the rule parameter {@value #THRESHOLD_KEY}.
 */
public record SafetyStaffing(Requirement requirement, boolean met, RuleValue threshold) {

    public static final String THRESHOLD_KEY = "safety-staffing.employee-threshold";

    public enum Requirement {
        ORGANIZATION_OR_FULL_TIME_STAFF, FULL_OR_PART_TIME_STAFF
    }

    public static SafetyStaffing assess(Enterprise e, RuleValue threshold) {
        Requirement requirement = e.getSector().highRisk() || e.getEmployees() > threshold.asInt()
                ? Requirement.ORGANIZATION_OR_FULL_TIME_STAFF
                : Requirement.FULL_OR_PART_TIME_STAFF;
        boolean met = switch (requirement) {
            case ORGANIZATION_OR_FULL_TIME_STAFF -> e.isSafetyOrganization() || e.getFullTimeSafetyStaff() > 0;
            case FULL_OR_PART_TIME_STAFF -> e.getFullTimeSafetyStaff() + e.getPartTimeSafetyStaff() > 0;
        };
        return new SafetyStaffing(requirement, met, threshold);
    }
}
