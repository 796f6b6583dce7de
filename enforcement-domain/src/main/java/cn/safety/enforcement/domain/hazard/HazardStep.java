package cn.safety.enforcement.domain.hazard;

/** A step of the hazard loop that a page offers as a form or a button. */
public enum HazardStep {
    ORDER, ON_THE_SPOT, PLAN, REPORT, ACCEPTANCE, VERIFY, EXTENSION_APPLY, EXTENSION_DECIDE, ONSITE_MEASURES,
    ONSITE_LIFT, GRADE_LOWER, GRADE_DECIDE, EVIDENCE, SUPERVISE, LIFT_SUPERVISION
}
