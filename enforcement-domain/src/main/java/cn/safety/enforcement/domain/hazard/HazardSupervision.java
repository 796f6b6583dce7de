package cn.safety.enforcement.domain.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 挂牌督办通知书 (004§23, 000§(九)) as the hazard keeps it: what the department above requires, by when, the numbered
 * notice, who issued it; and 摘牌, the lifting of the listing once the hazard is closed. The department and the time
 * of the listing are the hazard's own {@code supervised_by_department_id} and {@code supervised_at}.
 */
@Embeddable
public class HazardSupervision {

    @Column(name = "supervision_requirements", length = Hazard.TEXT_MAX)
    private String requirements;

    @Column(name = "supervision_due_on")
    private LocalDate dueOn;

    @Column(name = "supervision_document_id")
    private Long documentId;

    @Column(name = "supervised_by", length = 64)
    private String supervisedBy;

    @Column(name = "supervision_lifted_at")
    private Instant liftedAt;

    @Column(name = "supervision_lifted_by", length = 64)
    private String liftedBy;

    protected HazardSupervision() {
    }

    HazardSupervision(String requirements, LocalDate dueOn, long documentId, String supervisedBy) {
        this.requirements = requirements;
        this.dueOn = dueOn;
        this.documentId = documentId;
        this.supervisedBy = supervisedBy;
    }

    void lift(String by, Instant now) {
        this.liftedAt = now;
        this.liftedBy = by;
    }

    public boolean lifted() {
        return liftedAt != null;
    }

    public String getRequirements() {
        return requirements;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getSupervisedBy() {
        return supervisedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }
}
