package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.Period;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Township;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 委托执法 (003§(十四)): an enforcement department entrusts an organisation (a township government, a street office, a
 * development zone's safety office) to enforce in the department's name within one township or zone of its area, for a
 * period, under an entrustment document (委托书). The organisation's users then read and act on the department's
 * records lying there, and only while the entrustment is in force; their records name the department.
 * <p>Lifecycle: {@link #grant granted} by an admin of the entrusting department, in force from {@code validFrom} to
 * {@code validUntil} (both days included), {@link #end ended} early with a reason. Never granted by an entrusted
 * organisation (被委托执法的单位不得再次委托).
 */
@Entity
@Table(name = "entrustment")
@AttributeOverride(name = "townshipId", column = @Column(name = "township_id", nullable = false))
public class Entrustment extends RecordUnderJurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entrustment_seq")
    @SequenceGenerator(name = "entrustment_seq", sequenceName = "entrustment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "document_number", nullable = false, length = 64)
    private String documentNumber;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Version
    private long version;

    protected Entrustment() {
    }

    /** In {@code entrusting}'s name (the department assigned), lying in {@code township} and its county. */
    private Entrustment(Department entrusting, Township township) {
        super(entrusting.getId(), township.getCounty(), township.getId());
    }

    /**
     * Entrusts {@code organisation} with {@code township} in {@code entrusting}'s name. Every problem of the request is
     * reported at once.
     */
    public static Entrustment grant(Department entrusting, Department organisation, Township township,
                                    LocalDate validFrom, LocalDate validUntil, String documentNumber, String by,
                                    Instant now) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (entrusting.isEntrustedOrganisation()) {
            problems.add(new RuleViolation.Problem(null, "entrustment.noFurtherEntrusting"));
        }
        if (organisation != null && !organisation.isEntrustedOrganisation()) {
            problems.add(new RuleViolation.Problem("organisationName", "entrustment.organisation.notEntrusted"));
        }
        if (validFrom == null) {
            problems.add(new RuleViolation.Problem("validFrom", "entrustment.validFrom.required"));
        }
        if (validUntil == null) {
            problems.add(new RuleViolation.Problem("validUntil", "entrustment.validUntil.required"));
        } else if (new Period(validFrom, validUntil).isReversed()) {
            problems.add(new RuleViolation.Problem("validUntil", "entrustment.validUntil.beforeFrom"));
        }
        String number = Text.requiredLine(problems, "documentNumber", documentNumber, 64,
                "entrustment.documentNumber.required");
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Entrustment e = new Entrustment(entrusting, township);
        e.organisationId = organisation.getId();
        e.validFrom = validFrom;
        e.validUntil = validUntil;
        e.documentNumber = number;
        e.grantedBy = by;
        e.grantedAt = now;
        return e;
    }

    /** Ends the entrustment from {@code today} on: the organisation's users lose access at once. */
    public EntrustmentEnded end(LocalDate today, String reason, String by) {
        if (!endableOn(today)) {
            throw new RuleViolation(null, "entrustment.alreadyEnded");
        }
        String r = Text.require("reason", reason, 500, "entrustment.endReason.required");
        EntrustmentSnapshot before = snapshot();
        this.endedOn = today;
        this.endReason = r;
        this.endedBy = by;
        return new EntrustmentEnded(before, snapshot());
    }

    /** In force on {@code day}: within the period and not ended on or before it. */
    public boolean inForceOn(LocalDate day) {
        return period().contains(day) && (endedOn == null || day.isBefore(endedOn));
    }

    /** Whether it may still be ended on {@code day}: not ended yet, and its last day not passed. */
    public boolean endableOn(LocalDate day) {
        return endedOn == null && !period().isOverOn(day);
    }

    /** The term granted, both days included. */
    public Period period() {
        return new Period(validFrom, validUntil);
    }

    public EntrustmentSnapshot snapshot() {
        return new EntrustmentSnapshot(id, getDepartmentId(), organisationId, getTownshipId(), validFrom, validUntil,
                documentNumber, endedOn, endReason);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public long getVersion() {
        return version;
    }
}
