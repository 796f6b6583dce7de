package cn.safety.enforcement.domain.document;

/** A department set its number pattern for a document type for the first time. */
public record DocumentNumberingSet(DocumentNumberingSnapshot after) implements DocumentNumberingChange {

    public static DocumentNumberingSet of(DocumentNumbering saved) {
        return new DocumentNumberingSet(saved.snapshot());
    }

    @Override
    public DocumentNumberingSnapshot before() {
        return null;
    }
}
