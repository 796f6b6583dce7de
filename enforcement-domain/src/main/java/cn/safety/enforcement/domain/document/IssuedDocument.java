package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;

import java.time.Instant;
import java.util.Objects;

/**
 * An issued, numbered document (R13): its number from the department's counter, the party as it stood on the day, the
 * content and the PDF exactly as issued, with the PDF's SHA-256.
 * <p>Lifecycle: {@link #issue issued} once and locked: there is no method that changes it, the port only inserts, and
 * the database refuses any UPDATE or DELETE of the row. A mistake is put right by a correction: a new document (with
 * its own number) that names the one it corrects in {@link #correctsId()}; the corrected one then shows it was
 * corrected. It lies where its subject lies and belongs to the department that issued it; it is read under that
 * jurisdiction. Immutable; kept by {@link IssuedDocuments} without the PDF bytes, which are read on their own.
 */
public final class IssuedDocument implements UnderJurisdiction {

    private final Long id;
    private final long departmentId;
    private final Location location;
    private final Long townshipId;
    private final DocumentType type;
    private final int year;
    private final int serial;
    private final String number;
    private final String subjectKind;
    private final long subjectId;
    private final Party party;
    private final DocumentContent content;
    private final String pdfSha256;
    private final Long correctsId;
    private final String issuedBy;
    private final Instant issuedAt;

    /** As stored; only the port calls this. */
    public IssuedDocument(Long id, long departmentId, Location location, Long townshipId, DocumentType type, int year,
                          int serial, String number, String subjectKind, long subjectId, Party party,
                          DocumentContent content, String pdfSha256, Long correctsId, String issuedBy,
                          Instant issuedAt) {
        this.id = id;
        this.departmentId = departmentId;
        this.location = Objects.requireNonNull(location);
        this.townshipId = townshipId;
        this.type = Objects.requireNonNull(type);
        this.year = year;
        this.serial = serial;
        this.number = Objects.requireNonNull(number);
        this.subjectKind = Objects.requireNonNull(subjectKind);
        this.subjectId = subjectId;
        this.party = Objects.requireNonNull(party);
        this.content = content;
        this.pdfSha256 = Objects.requireNonNull(pdfSha256);
        this.correctsId = correctsId;
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    /** Issues the {@code serial}-th document of its type and year about {@code subject}, not yet stored. */
    static IssuedDocument issue(DocumentRequest request, int year, int serial, String number, String pdfSha256,
                                String by, Instant now) {
        UnderJurisdiction subject = request.subject();
        return new IssuedDocument(null, subject.assignedDepartmentId(), subject.location(), subject.townshipId(),
                request.type(), year, serial, number, request.subjectKind(), request.subjectId(), request.party(),
                request.content(), pdfSha256, request.correctsId(), by, now);
    }

    /** The same document with the id the store gave it. */
    public IssuedDocument withId(long id) {
        return new IssuedDocument(id, departmentId, location, townshipId, type, year, serial, number, subjectKind,
                subjectId, party, content, pdfSha256, correctsId, issuedBy, issuedAt);
    }

    public DocumentSnapshot snapshot() {
        return new DocumentSnapshot(id, departmentId, type, number, year, serial, subjectKind, subjectId,
                party.name(), party.creditCode(), correctsId, pdfSha256);
    }

    @Override
    public long assignedDepartmentId() {
        return departmentId;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public Long townshipId() {
        return townshipId;
    }

    public Long getId() {
        return id;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public DocumentType getType() {
        return type;
    }

    public int getYear() {
        return year;
    }

    public int getSerial() {
        return serial;
    }

    public String getNumber() {
        return number;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Party getParty() {
        return party;
    }

    /** The content as issued; null when read without it. */
    public DocumentContent getContent() {
        return content;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
