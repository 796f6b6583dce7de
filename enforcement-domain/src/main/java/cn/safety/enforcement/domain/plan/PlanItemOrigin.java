package cn.safety.enforcement.domain.plan;

/** How an item came into the plan: computed by the rules, drawn by a 双随机 draw, or added by hand. */
public enum PlanItemOrigin {
    GENERATED, DRAWN, ADDED
}
