package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.jurisdiction.RecordUnderJurisdiction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * 证据: one file attached to a record under jurisdiction (an inspection, a checklist result, a signature, a hazard, the
 * enterprise file), with the media type detected from its content, its size and the SHA-256 computed while it was
 * stored. It lies where its owner lies: the owner's department, division and township are copied when it is attached,
 * so that it is read and withdrawn under the same jurisdiction.
 * <p>Lifecycle: {@link #attach attached}, then possibly {@link #withdraw withdrawn} once, with who, when and why (a
 * recorded act: the file stays in the store and can still be read, marked withdrawn). Nothing else changes; the file
 * is never replaced.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends RecordUnderJurisdiction {

    static final int FILE_NAME_MAX = 255;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_kind", nullable = false, length = 32)
    private String ownerKind;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvidenceKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 200, updatable = false)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String withdrawalReason;

    @Version
    private long version;

    protected Evidence() {
    }

    private Evidence(EvidenceOwner owner) {
        super(owner.subject());
    }

    /**
     * Records a file the store has kept for {@code owner}. {@code fileName} is the name the uploader's device gave it
     * (any folder part dropped); it is kept for the download and tells nothing about the type.
     */
    public static Evidence attach(EvidenceOwner owner, String fileName, String contentType, EvidenceKind kind,
                                  StoredFile file, String by, Instant now) {
        Evidence e = new Evidence(owner);
        e.ownerKind = owner.kind();
        e.ownerId = owner.id();
        e.fileName = cleanFileName(fileName);
        e.contentType = contentType;
        e.kind = kind;
        e.size = file.size();
        e.sha256 = file.sha256();
        e.storageKey = file.key();
        e.uploadedBy = by;
        e.uploadedAt = now;
        return e;
    }

    /**
     * The name to keep: the last part of a path (browsers of some systems send the whole path), without surrounding
     * blanks; a name with control characters is refused, an absent one becomes {@code evidence}, a long one keeps its
     * end (where the extension is).
     */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        if (Text.hasControlCharactersInLine(name)) {
            throw new RuleViolation("file", "evidence.fileName.invalid");
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "evidence";
        }
        if (name.length() > FILE_NAME_MAX) {
            int cut = name.length() - FILE_NAME_MAX;
            if (Character.isLowSurrogate(name.charAt(cut))) {
                cut++;
            }
            name = name.substring(cut);
        }
        return name;
    }

    /** Withdraws the evidence with a reason; the file stays and stays readable. Refused when already withdrawn. */
    public EvidenceWithdrawn withdraw(String reason, String by, Instant now) {
        String why = Text.require("reason", reason, REASON_MAX, "evidence.withdrawal.reasonRequired");
        if (isWithdrawn()) {
            throw new Conflict(null, "evidence.withdrawal.already");
        }
        EvidenceSnapshot before = snapshot();
        withdrawnAt = now;
        withdrawnBy = by;
        withdrawalReason = why;
        return new EvidenceWithdrawn(before, snapshot(), why);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public EvidenceSnapshot snapshot() {
        return new EvidenceSnapshot(id, ownerKind, ownerId, getDepartmentId(), divisionCode(), getTownshipId(),
                fileName, contentType, kind, size, sha256, isWithdrawn());
    }

    public Long getId() {
        return id;
    }

    public String getOwnerKind() {
        return ownerKind;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
    }

    /** SHA-256 of the file, lower-case hex. */
    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public long getVersion() {
        return version;
    }
}
