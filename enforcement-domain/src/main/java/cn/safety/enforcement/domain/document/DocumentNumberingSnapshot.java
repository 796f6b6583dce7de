package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.audit.Snapshot;

/** A department's number pattern for one document type as the record keeps it (labelled {@code documentNumbering.*}). */
public record DocumentNumberingSnapshot(Long id, Long departmentId, DocumentType type, String pattern)
        implements Snapshot {
}
