package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.Snapshot;

/** An expert as the record keeps it (labelled {@code expert.<field>}). */
public record ExpertSnapshot(Long id, Long departmentId, String name, String speciality, String organisation,
                             boolean active) implements Snapshot {
}
