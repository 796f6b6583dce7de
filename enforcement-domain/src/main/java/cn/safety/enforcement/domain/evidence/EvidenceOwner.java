package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The record a piece of evidence belongs to: its kind ({@code INSPECTION}, {@code CHECKLIST_RESULT},
 * {@code SIGNATURE}, {@code HAZARD}, {@code ENTERPRISE}, …), its id, and the record itself as it lies under
 * jurisdiction, whose department, division and township the evidence copies. Evidence names its owner by kind and id
 * only (separate aggregates, referenced by id).
 */
public record EvidenceOwner(String kind, long id, UnderJurisdiction subject) {

    public static final String INSPECTION = "INSPECTION";
    public static final String CHECKLIST_RESULT = "CHECKLIST_RESULT";
    public static final String SIGNATURE = "SIGNATURE";
    public static final String HAZARD = "HAZARD";
    /** Documents of the enterprise file (一企一档): licences, plans, reports the enterprise handed over. */
    public static final String ENTERPRISE = "ENTERPRISE";

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,31}");

    public EvidenceOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("an owner kind is an upper-case name of at most 32 characters: " + kind);
        }
    }

    /** An enterprise as the owner of documents of its file. */
    public static EvidenceOwner enterprise(Enterprise e) {
        return new EvidenceOwner(ENTERPRISE, e.getId(), e);
    }
}
