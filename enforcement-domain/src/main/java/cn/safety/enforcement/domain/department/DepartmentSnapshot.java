package cn.safety.enforcement.domain.department;

import cn.safety.enforcement.domain.audit.Snapshot;
import cn.safety.enforcement.domain.division.DivisionLevel;

/** A department as the record keeps it (labelled {@code department.<field>}). */
public record DepartmentSnapshot(Long id, String name, String divisionCode, DivisionLevel level) implements Snapshot {
}
