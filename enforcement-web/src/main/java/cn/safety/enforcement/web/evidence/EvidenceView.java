package cn.safety.enforcement.web.evidence;

import cn.safety.enforcement.domain.evidence.Evidence;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The record of one piece of evidence: its owner ({@code ownerKind} such as INSPECTION, ENTERPRISE, and
 * {@code ownerId}), the file (name, detected type, kind IMAGE/AUDIO/VIDEO/PDF, size, SHA-256 in hex), who uploaded it
 * and when, and whether it was withdrawn (when, by whom, why). Withdrawn evidence stays readable.
 */
public record EvidenceView(long id, String ownerKind, long ownerId, long departmentId, String fileName,
                           String contentType, String kind, long size, String sha256, String uploadedBy,
                           OffsetDateTime uploadedAt, boolean withdrawn, OffsetDateTime withdrawnAt, String withdrawnBy,
                           String withdrawalReason, long version) {

    static EvidenceView of(Evidence e, ZoneId zone) {
        return new EvidenceView(e.getId(), e.getOwnerKind(), e.getOwnerId(), e.assignedDepartmentId(),
                e.getFileName(), e.getContentType(), e.getKind().name(), e.getSize(), e.getSha256(),
                e.getUploadedBy(), e.getUploadedAt().atZone(zone).toOffsetDateTime(), e.isWithdrawn(),
                e.getWithdrawnAt() == null ? null : e.getWithdrawnAt().atZone(zone).toOffsetDateTime(),
                e.getWithdrawnBy(), e.getWithdrawalReason(), e.getVersion());
    }
}
