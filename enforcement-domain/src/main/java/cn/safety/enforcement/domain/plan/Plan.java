package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 年度监督检查计划 (R3, 000§(十五), 003§(九)): a department's enforcement plan for one year, under that department's
 * jurisdiction.
 * <p>Lifecycle: {@link #drawUp drawn up} as a draft, {@link #recordGeneration generated} (the key list computed by the
 * rules) as often as wanted while a draft, {@link #submit submitted} to the same-level government, {@link #approve
 * approved} (approving body, document number, date) or {@link #sendBack sent back} to draft with a reason. A change
 * after approval {@link #openRevision opens a new version}: a new plan with the next revision number, which goes through the
 * same steps; when it is approved the version it revises is {@link #supersede superseded}. Earlier versions stay
 * readable. Where the province sets an approval deadline (天津: 1月底前, 003§(九)) the first version carries it and is
 * {@link #lateOn late} when approved after it, or still unapproved once it has passed; revisions are adjustments during
 * the year (及时进行调整, 000§(十五)) and carry none.
 */
@Entity
@Table(name = "plan")
public class Plan implements UnderJurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    /** Where the department sits. */
    @Embedded
    private Location location;

    @Column(nullable = false)
    private int year;

    /** The plan's version number: 1, then one more for each revision after approval. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "revises_id")
    private Long revisesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanStatus status;

    @Column(name = "approval_due_on")
    private LocalDate approvalDueOn;

    @Column(name = "approval_due_source", length = 300)
    private String approvalDueSource;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "document_number", length = 64)
    private String documentNumber;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Column(name = "rule_set", length = 64)
    private String ruleSet;

    @Column(name = "generated_at")
    private Instant generatedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Plan() {
    }

    /**
     * A first draft for {@code year}; {@code deadline} is the province's approval deadline in force (month × 100 + day
     * of the plan year), if it sets one.
     */
    public static Plan drawUp(Department department, int year, Optional<RuleValue> deadline, Instant now) {
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("year", "plan.year.invalid");
        }
        Plan p = new Plan();
        p.departmentId = department.getId();
        p.location = department.getLocation();
        p.year = year;
        p.revision = 1;
        p.status = PlanStatus.DRAFT;
        deadline.ifPresent(d -> {
            p.approvalDueOn = LocalDate.of(year, d.asInt() / 100, d.asInt() % 100);
            p.approvalDueSource = d.source();
        });
        p.createdAt = now;
        return p;
    }

    /** A new version of this approved plan, as a draft; this one stays in force until the new one is approved. */
    public Plan openRevision(Instant now) {
        if (status != PlanStatus.APPROVED) {
            throw refused("revise");
        }
        Plan p = new Plan();
        p.departmentId = departmentId;
        p.location = location;
        p.year = year;
        p.revision = revision + 1;
        p.revisesId = id;
        p.status = PlanStatus.DRAFT;
        p.ruleSet = ruleSet;
        p.generatedAt = generatedAt;
        p.createdAt = now;
        return p;
    }

    public PlanGenerated recordGeneration(String usedRuleSet, int keyItems, int flaggedItems, Instant now) {
        requireEditable("generate");
        PlanSnapshot before = snapshot();
        this.ruleSet = usedRuleSet;
        this.generatedAt = now;
        return new PlanGenerated(before, snapshot(), keyItems, flaggedItems);
    }

    public PlanSubmitted submit() {
        PlanSnapshot before = snapshot();
        moveTo(PlanStatus.SUBMITTED, "submit");
        this.returnReason = null;
        return new PlanSubmitted(before, snapshot());
    }

    /** 批准: by the same-level government, under its document. */
    public PlanApproved approve(String by, String number, LocalDate on, LocalDate today, Long supersededId) {
        requireCanMoveTo(PlanStatus.APPROVED, "approve");
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String cleanBy = Text.requiredLine(problems, "approvedBy", by, 100, "plan.approvedBy.required");
        String cleanNumber = Text.requiredLine(problems, "documentNumber", number, 64, "plan.documentNumber.required");
        if (on == null) {
            problems.add(new RuleViolation.Problem("approvedOn", "plan.approvedOn.required"));
        } else if (on.isAfter(today)) {
            problems.add(new RuleViolation.Problem("approvedOn", "plan.approvedOn.future"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        PlanSnapshot before = snapshot();
        moveTo(PlanStatus.APPROVED, "approve");
        this.approvedBy = cleanBy;
        this.documentNumber = cleanNumber;
        this.approvedOn = on;
        return new PlanApproved(before, snapshot(), supersededId);
    }

    /** 退回: back to draft with the reason. */
    public PlanReturned sendBack(String reason) {
        PlanSnapshot before = snapshot();
        requireCanMoveTo(PlanStatus.DRAFT, "return");
        String clean = Text.require("reason", reason, 500, "plan.returnReason.required");
        moveTo(PlanStatus.DRAFT, "return");
        this.returnReason = clean;
        return new PlanReturned(before, snapshot());
    }

    /** The newer version is approved: this one no longer applies (its items stay readable). */
    public void supersede() {
        moveTo(PlanStatus.SUPERSEDED, "supersede");
    }

    /** Items change (generation, months, moves, additions) only while the plan is a draft. */
    public void requireEditable(String step) {
        if (!status.editable()) {
            throw refused(step);
        }
    }

    /** Approved after the deadline, or not approved while the deadline has passed. */
    public boolean lateOn(LocalDate today) {
        if (approvalDueOn == null) {
            return false;
        }
        return approvedOn != null ? approvedOn.isAfter(approvalDueOn)
                : status != PlanStatus.SUPERSEDED && today.isAfter(approvalDueOn);
    }

    private void moveTo(PlanStatus next, String step) {
        requireCanMoveTo(next, step);
        this.status = next;
    }

    private void requireCanMoveTo(PlanStatus next, String step) {
        if (!status.canMoveTo(next)) {
            throw refused(step);
        }
    }

    /** 409 naming the current status and the refused step. */
    private Conflict refused(String step) {
        return new Conflict("status", "plan.step.refused",
                new DefaultMessageSourceResolvable(new String[] {"plan.status." + status.name()}, status.name()),
                status.name(),
                new DefaultMessageSourceResolvable(new String[] {"plan.step." + step}, step));
    }

    public PlanSnapshot snapshot() {
        return new PlanSnapshot(id, departmentId, year, revision, status, approvedBy, documentNumber, approvedOn,
                returnReason, approvalDueOn, ruleSet, revisesId);
    }

    @Override
    public long assignedDepartmentId() {
        return departmentId;
    }

    @Override
    public Location location() {
        return location;
    }

    public Long getId() {
        return id;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public int getYear() {
        return year;
    }

    public int getRevision() {
        return revision;
    }

    public Long getRevisesId() {
        return revisesId;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public LocalDate getApprovalDueOn() {
        return approvalDueOn;
    }

    public String getApprovalDueSource() {
        return approvalDueSource;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
