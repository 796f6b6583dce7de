package cn.safety.enforcement.domain.document;

/** A department changed its number pattern for a document type; the count of the year goes on. */
public record DocumentNumberingChanged(DocumentNumberingSnapshot before, DocumentNumberingSnapshot after)
        implements DocumentNumberingChange {
}
