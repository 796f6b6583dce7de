package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.util.List;

/** A plan item as the record keeps it (labelled {@code planItem.<field>}). */
public record PlanItemSnapshot(Long id, Long planId, Long departmentId, Long enterpriseId, PlanItemKind kind,
                               int requiredInspections, Integer month, List<String> reasonCodes, List<String> flags,
                               String movedReason) implements Snapshot {
}
