package cn.safety.enforcement.domain.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** 核查: the department's re-check of a reported rectification, with its 整改复查意见书. Part of the hazard. */
@Entity
@Table(name = "hazard_verification")
public class HazardVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_verification_seq")
    @SequenceGenerator(name = "hazard_verification_seq", sequenceName = "hazard_verification_seq",
            allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private boolean accepted;

    @Column(nullable = false, length = 2000)
    private String opinion;

    @Column(name = "new_due_on")
    private LocalDate newDueOn;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    @Column(name = "verified_by", nullable = false, length = 64)
    private String verifiedBy;

    protected HazardVerification() {
    }

    HazardVerification(boolean accepted, String opinion, LocalDate newDueOn, long documentId, String by,
                       Instant now) {
        this.accepted = accepted;
        this.opinion = opinion;
        this.newDueOn = newDueOn;
        this.documentId = documentId;
        this.verifiedBy = by;
        this.verifiedAt = now;
    }

    public Long getId() {
        return id;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getOpinion() {
        return opinion;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }
}
