package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.LocalDate;

/** A duty finding as the record keeps it (labelled {@code dutyFinding.<field>}). */
public record DutyFindingSnapshot(Long id, Long enterpriseId, Long departmentId, String finding, LocalDate foundOn)
        implements Snapshot {
}
