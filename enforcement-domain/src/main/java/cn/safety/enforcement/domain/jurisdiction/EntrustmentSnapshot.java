package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.LocalDate;

/** An entrustment as the record keeps it (labelled {@code entrustment.<field>}). */
public record EntrustmentSnapshot(Long id, Long departmentId, Long organisationId, Long townshipId,
                                  LocalDate validFrom, LocalDate validUntil, String documentNumber, LocalDate endedOn,
                                  String endReason) implements Snapshot {
}
