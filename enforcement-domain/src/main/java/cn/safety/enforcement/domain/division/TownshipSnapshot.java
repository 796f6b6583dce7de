package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.audit.Snapshot;

/** A township as the record keeps it (labelled {@code township.<field>}). */
public record TownshipSnapshot(Long id, String code, String name, TownshipKind kind, String divisionCode)
        implements Snapshot {
}
