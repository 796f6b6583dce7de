package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.Instant;
import java.util.List;

/**
 * An inspection as the record keeps it (labelled {@code inspection.<field>}): inspectors as 姓名（username）, experts by
 * name, the stages recorded so far, the number of transfers.
 */
public record InspectionSnapshot(Long id, Long departmentId, String divisionCode, Long enterpriseId, Long planItemId,
                                 InspectionKind kind, InspectionTrigger trigger, boolean urgent,
                                 boolean imminentDanger, boolean keyEnterprise, InspectionStatus status,
                                 Instant startedAt, Instant approvalDueAt, Instant approvedAt, String approvedBy,
                                 String refusalReason, List<String> inspectors, List<String> experts,
                                 List<String> stages, int transfers, Instant completedAt, Long documentId)
        implements Snapshot {
}
