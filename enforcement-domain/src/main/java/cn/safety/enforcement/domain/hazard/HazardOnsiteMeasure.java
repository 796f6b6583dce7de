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

/**
 * One 现场处理措施 decided for a major hazard (with the 现场处理措施决定书 that ordered it), in force until it is lifted
 * after review (审查同意, 004§14). Part of the hazard.
 */
@Entity
@Table(name = "hazard_onsite_measure")
public class HazardOnsiteMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_onsite_measure_seq")
    @SequenceGenerator(name = "hazard_onsite_measure_seq", sequenceName = "hazard_onsite_measure_seq",
            allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OnsiteMeasure measure;

    @Column(length = 1000)
    private String detail;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by", length = 64)
    private String liftedBy;

    @Column(name = "lift_review", length = 1000)
    private String liftReview;

    protected HazardOnsiteMeasure() {
    }

    HazardOnsiteMeasure(OnsiteMeasure measure, String detail, long documentId, String by, Instant now) {
        this.measure = measure;
        this.detail = detail;
        this.documentId = documentId;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void lift(String review, String by, Instant now) {
        this.liftReview = review;
        this.liftedBy = by;
        this.liftedAt = now;
    }

    public boolean inForce() {
        return liftedAt == null;
    }

    public Long getId() {
        return id;
    }

    public OnsiteMeasure getMeasure() {
        return measure;
    }

    public String getDetail() {
        return detail;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public String getLiftReview() {
        return liftReview;
    }
}
