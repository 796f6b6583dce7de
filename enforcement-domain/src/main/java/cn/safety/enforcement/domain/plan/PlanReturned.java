package cn.safety.enforcement.domain.plan;

/** 退回: the plan went back to draft; the reason is in the after-state. */
public record PlanReturned(PlanSnapshot before, PlanSnapshot after) implements PlanChange {
}
