package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.LocalDate;

/** A division as the record keeps it (labelled {@code division.<field>}). */
public record DivisionSnapshot(String code, String name, DivisionLevel level, String parentCode, LocalDate retiredOn,
                               String retiredReason) implements Snapshot {
}
