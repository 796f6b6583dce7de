package cn.safety.enforcement.domain.hazard;

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
import java.time.LocalDate;

/**
 * 延期: the enterprise's application for a later deadline, with its reasons, made before the deadline; a supervisor
 * approves it with a new date or refuses it. Part of the hazard; at most one waits at a time.
 */
@Entity
@Table(name = "hazard_extension")
public class HazardExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_extension_seq")
    @SequenceGenerator(name = "hazard_extension_seq", sequenceName = "hazard_extension_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String reasons;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "due_on_before", nullable = false)
    private LocalDate dueOnBefore;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false, length = 64)
    private String appliedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ExtensionDecision decision;

    @Column(name = "granted_on")
    private LocalDate grantedOn;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    protected HazardExtension() {
    }

    HazardExtension(String reasons, LocalDate requestedOn, LocalDate dueOnBefore, String by, Instant now) {
        this.reasons = reasons;
        this.requestedOn = requestedOn;
        this.dueOnBefore = dueOnBefore;
        this.appliedBy = by;
        this.appliedAt = now;
    }

    void decide(ExtensionDecision decision, LocalDate grantedOn, String note, String by, Instant now) {
        this.decision = decision;
        this.grantedOn = grantedOn;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public boolean pending() {
        return decision == null;
    }

    public Long getId() {
        return id;
    }

    public String getReasons() {
        return reasons;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOnBefore() {
        return dueOnBefore;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public ExtensionDecision getDecision() {
        return decision;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
