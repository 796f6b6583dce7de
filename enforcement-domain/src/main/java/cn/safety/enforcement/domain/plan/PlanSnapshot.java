package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.LocalDate;

/** A plan as the record keeps it (labelled {@code plan.<field>}). */
public record PlanSnapshot(Long id, Long departmentId, int year, int revision, PlanStatus status, String approvedBy,
                           String documentNumber, LocalDate approvedOn, String returnReason, LocalDate approvalDueOn,
                           String ruleSet, Long revisesId) implements Snapshot {
}
