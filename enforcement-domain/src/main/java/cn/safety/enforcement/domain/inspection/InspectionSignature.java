package cn.safety.enforcement.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A signature on the 现场检查记录 (R13): who signed in which role, the image kept as evidence. Part of the inspection. */
@Entity
@Table(name = "inspection_signature")
public class InspectionSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_signature_seq")
    @SequenceGenerator(name = "inspection_signature_seq", sequenceName = "inspection_signature_seq",
            allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SignatureRole role;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "evidence_id", nullable = false)
    private Long evidenceId;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected InspectionSignature() {
    }

    InspectionSignature(SignatureRole role, String name, long evidenceId, String recordedBy, Instant signedAt) {
        this.role = role;
        this.name = name;
        this.evidenceId = evidenceId;
        this.recordedBy = recordedBy;
        this.signedAt = signedAt;
    }

    public Long getId() {
        return id;
    }

    public SignatureRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
