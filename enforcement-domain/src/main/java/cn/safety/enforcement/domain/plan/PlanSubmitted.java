package cn.safety.enforcement.domain.plan;

/** 报批: the plan went to the same-level government for approval. */
public record PlanSubmitted(PlanSnapshot before, PlanSnapshot after) implements PlanChange {
}
