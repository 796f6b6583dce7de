package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;

/**
 * What to issue: a document of {@code type} about {@code subject} (its assigned department issues it and its location
 * is the document's), recorded as {@code subjectKind}/{@code subjectId} (e.g. INSPECTION 42), addressed to {@code party}
 * as it stands today, saying {@code content}; {@code correctsId} names the document it corrects, or null.
 */
public record DocumentRequest(DocumentType type, UnderJurisdiction subject, String subjectKind, Long subjectId,
                              Party party, DocumentContent content, Long correctsId) {

    /** A first issue (not a correction). */
    public static DocumentRequest of(DocumentType type, UnderJurisdiction subject, String subjectKind, long subjectId,
                                     Party party, DocumentContent content) {
        return new DocumentRequest(type, subject, subjectKind, subjectId, party, content, null);
    }

    /** The same document again, correcting {@code documentId}. */
    public DocumentRequest correcting(long documentId) {
        return new DocumentRequest(type, subject, subjectKind, subjectId, party, content, documentId);
    }
}
