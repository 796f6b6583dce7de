package cn.safety.enforcement.domain.evidence;

/** A file was attached as evidence to a record, with its detected type, size and SHA-256. */
public record EvidenceAttached(EvidenceSnapshot after) implements EvidenceChange {

    public static EvidenceAttached of(Evidence saved) {
        return new EvidenceAttached(saved.snapshot());
    }

    @Override
    public EvidenceSnapshot before() {
        return null;
    }
}
