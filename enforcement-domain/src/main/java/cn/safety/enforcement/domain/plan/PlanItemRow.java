package cn.safety.enforcement.domain.plan;

import java.util.List;

/** A plan item as lists and exports show it, with its enterprise's name and credit code. */
public record PlanItemRow(long id, long planId, long enterpriseId, String enterpriseName, String creditCode,
                          PlanItemKind kind, PlanItemOrigin origin, List<Reason> reasons, int requiredInspections,
                          Integer month, List<String> flags, String movedReason, String ruleSet, long version) {
}
