package cn.safety.enforcement.domain.document;

/** A numbered document was issued (and, when it names one, corrects an earlier document). */
public record DocumentIssued(DocumentSnapshot after) implements DocumentChange {

    public static DocumentIssued of(IssuedDocument saved) {
        return new DocumentIssued(saved.snapshot());
    }

    @Override
    public DocumentSnapshot before() {
        return null;
    }
}
