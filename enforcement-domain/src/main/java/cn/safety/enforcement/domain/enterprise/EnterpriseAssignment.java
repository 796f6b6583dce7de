package cn.safety.enforcement.domain.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of an enterprise's jurisdiction history: from which department to which, why, by whom and when. */
@Entity
@Table(name = "enterprise_assignment")
public class EnterpriseAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_assignment_seq")
    @SequenceGenerator(name = "enterprise_assignment_seq", sequenceName = "enterprise_assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "from_department_id")
    private Long fromDepartmentId;

    @Column(name = "to_department_id", nullable = false)
    private Long toDepartmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentKind kind;

    @Column(length = 500)
    private String reason;

    /** The number of the designating document (指定管辖决定书), for a designation. */
    @Column(name = "document_number", length = 64)
    private String documentNumber;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected EnterpriseAssignment() {
    }

    EnterpriseAssignment(Enterprise enterprise, Long fromDepartmentId, Long toDepartmentId, AssignmentKind kind,
                         String reason, String assignedBy, Instant assignedAt) {
        this(enterprise, fromDepartmentId, toDepartmentId, kind, reason, null, assignedBy, assignedAt);
    }

    EnterpriseAssignment(Enterprise enterprise, Long fromDepartmentId, Long toDepartmentId, AssignmentKind kind,
                         String reason, String documentNumber, String assignedBy, Instant assignedAt) {
        this.documentNumber = documentNumber;
        this.enterprise = enterprise;
        this.fromDepartmentId = fromDepartmentId;
        this.toDepartmentId = toDepartmentId;
        this.kind = kind;
        this.reason = reason;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getFromDepartmentId() {
        return fromDepartmentId;
    }

    public Long getToDepartmentId() {
        return toDepartmentId;
    }

    public AssignmentKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
