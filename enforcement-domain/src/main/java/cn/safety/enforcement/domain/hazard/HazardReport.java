package cn.safety.enforcement.domain.hazard;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the enterprise reported, with its evidence: its rectification (整改情况), or for a major hazard the acceptance by
 * experts (验收: who, their conclusion). Part of the hazard; every report stays, a rejected one too.
 */
@Entity
@Table(name = "hazard_report")
public class HazardReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_report_seq")
    @SequenceGenerator(name = "hazard_report_seq", sequenceName = "hazard_report_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportKind kind;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(length = 500)
    private String experts;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @ElementCollection
    @CollectionTable(name = "hazard_report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "evidence_id", nullable = false)
    private List<Long> evidenceIds = new ArrayList<>();

    protected HazardReport() {
    }

    HazardReport(ReportKind kind, String description, String experts, List<Long> evidenceIds, String by,
                 Instant now) {
        this.kind = kind;
        this.description = description;
        this.experts = experts;
        this.evidenceIds.addAll(evidenceIds);
        this.reportedBy = by;
        this.reportedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ReportKind getKind() {
        return kind;
    }

    /** The rectification done, or (acceptance) the experts' conclusion. */
    public String getDescription() {
        return description;
    }

    public String getExperts() {
        return experts;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public List<Long> getEvidenceIds() {
        return Collections.unmodifiableList(evidenceIds);
    }
}
