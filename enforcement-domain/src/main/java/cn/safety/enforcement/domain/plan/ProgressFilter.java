package cn.safety.enforcement.domain.plan;

/** The items of a plan's progress to list: overdue (month passed, nothing completed), not yet done, or done. */
public enum ProgressFilter {
    OVERDUE, OPEN, DONE
}
