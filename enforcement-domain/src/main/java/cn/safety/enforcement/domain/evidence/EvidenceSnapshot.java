package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.audit.Snapshot;

/** A piece of evidence as the record keeps it (labelled {@code evidence.<field>}). */
public record EvidenceSnapshot(Long id, String ownerKind, long ownerId, long departmentId, String divisionCode,
                               Long townshipId, String fileName, String contentType, EvidenceKind kind, long size,
                               String sha256, boolean withdrawn) implements Snapshot {
}
