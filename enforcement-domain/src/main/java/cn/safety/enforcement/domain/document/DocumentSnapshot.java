package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.audit.Snapshot;

/** An issued document as the record keeps it (labelled {@code issuedDocument.<field>}). */
public record DocumentSnapshot(Long id, Long departmentId, DocumentType type, String number, int year, int serial,
                               String subjectKind, Long subjectId, String partyName, String partyCreditCode,
                               Long correctsId, String pdfSha256) implements Snapshot {
}
