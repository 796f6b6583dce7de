package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.RecordAtEnterprise;
import cn.safety.enforcement.domain.jurisdiction.OfEnterprise;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 事故隐患 (R5, 004§7, 004§11, 000§(八)): one hidden hazard of one enterprise, under the jurisdiction of the department
 * that found it (or, reported by the enterprise, of the enterprise's department) and lying where the enterprise lies.
 * <p>Lifecycle ({@link HazardStatus}): {@link #find found} → {@link #order ordered} (责令限期整改指令书 with its deadline,
 * {@code dueOn}) → {@link #plan rectifying} (the enterprise's plan, 五落实) → {@link #reportRectification reported}
 * (the re-check is due within the days the rule data sets) → for a major hazard {@link #reportAcceptance acceptance
 * reported} (验收 by experts) → {@link #verify verified} (整改复查意见书): accepted and closed (销号), or rejected and
 * rectifying again with a new deadline. A general hazard may instead be {@link #rectifyOnTheSpot rectified on the spot}
 * and closed at once. Beside the loop: {@link #applyForExtension extensions} applied for before the deadline and
 * {@link #decideExtension decided} by a supervisor; {@link #decideOnsiteMeasures on-site measures} for a major hazard,
 * {@link #liftOnsiteMeasures lifted} after review; {@link #requestGradeLowering lowering the grade}, which a supervisor
 * {@link #decideGradeLowering decides}. Who may take each step is for {@link HazardGuards} to decide.
 * <p>The flags {@code overdue}, {@code escalated} and the listing under supervision (挂牌督办) are kept by the overdue
 * job and the supervision acts.
 */
@Entity
@Table(name = "hazard")
public class Hazard extends RecordAtEnterprise implements OfEnterprise {

    static final int TEXT_MAX = 2000;
    static final int PLACE_MAX = 200;
    static final int BASIS_MAX = 500;
    static final int GOAL_MAX = 1000;
    static final int PERSON_MAX = 64;
    static final int REASON_MAX = 500;
    static final int EXPERTS_MAX = 500;
    static final int DETAIL_MAX = 1000;
    static final int EVIDENCE_MAX = 50;
    static final BigDecimal FUNDS_MAX = new BigDecimal("999999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazard_seq")
    @SequenceGenerator(name = "hazard_seq", sequenceName = "hazard_seq", allocationSize = 50)
    private Long id;

    @Column(name = "inspection_id")
    private Long inspectionId;

    @Column(name = "checklist_item_id")
    private Long checklistItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HazardSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HazardGrade grade;

    @Column(nullable = false, length = TEXT_MAX)
    private String description;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "legal_basis", length = BASIS_MAX)
    private String legalBasis;

    /** The department's own note: never shown to the enterprise. */
    @Column(name = "internal_note", length = TEXT_MAX)
    private String internalNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private HazardStatus status;

    @Column(length = TEXT_MAX)
    private String requirements;

    @Column(name = "ordered_at")
    private Instant orderedAt;

    @Column(name = "ordered_by", length = 64)
    private String orderedBy;

    @Column(name = "order_document_id")
    private Long orderDocumentId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_on_provisional", nullable = false)
    private boolean dueOnProvisional;

    /** How the deadline was set: the period and the calendar, an extension, a re-check. */
    @Column(name = "due_source", length = 300)
    private String dueSource;

    /** An order's period in working days and the day it counts from, to count it again (null for a date). */
    @Column(name = "due_working_days")
    private Integer dueWorkingDays;

    @Column(name = "due_counted_from")
    private LocalDate dueCountedFrom;

    @Column(name = "plan_goal", length = GOAL_MAX)
    private String planGoal;

    @Column(name = "plan_responsible_person", length = PERSON_MAX)
    private String planResponsiblePerson;

    @Column(name = "plan_funds", precision = 14, scale = 2)
    private BigDecimal planFunds;

    @Column(name = "plan_measures", length = TEXT_MAX)
    private String planMeasures;

    @Column(name = "plan_completion")
    private LocalDate planCompletion;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "planned_by", length = 64)
    private String plannedBy;

    @Column(name = "recheck_due_on")
    private LocalDate recheckDueOn;

    @Column(name = "recheck_due_source", length = 300)
    private String recheckDueSource;

    @Column(name = "recheck_rule_effective_from")
    private LocalDate recheckRuleEffectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_change_to", length = 16)
    private HazardGrade gradeChangeTo;

    @Column(name = "grade_change_reason", length = REASON_MAX)
    private String gradeChangeReason;

    @Column(name = "grade_change_requested_at")
    private Instant gradeChangeRequestedAt;

    @Column(name = "grade_change_requested_by", length = 64)
    private String gradeChangeRequestedBy;

    @Column(nullable = false)
    private boolean overdue;

    @Column(nullable = false)
    private boolean escalated;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "supervised_by_department_id")
    private Long supervisedByDepartmentId;

    @Column(name = "supervised_at")
    private Instant supervisedAt;

    @Column(name = "onsite_measures_in_force", nullable = false)
    private boolean onsiteMeasuresInForce;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Column(name = "found_by", nullable = false, length = 64)
    private String foundBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "hazard_id", nullable = false)
    @OrderBy("id")
    private List<HazardReport> reports = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "hazard_id", nullable = false)
    @OrderBy("id")
    private List<HazardVerification> verifications = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "hazard_id", nullable = false)
    @OrderBy("id")
    private List<HazardExtension> extensions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "hazard_id", nullable = false)
    @OrderBy("id")
    private List<HazardOnsiteMeasure> onsiteMeasures = new ArrayList<>();

    // ---- deadlines passed and 挂牌督办: kept by the overdue job and the department above ----

    /** 逾期未整改: a deadline of an order passed while the enterprise was under it; never cleared. */
    @Column(name = "overdue_unrectified", nullable = false)
    private boolean overdueUnrectified;

    /** The day the overdue job found the deadline passed. */
    @Column(name = "overdue_marked_on")
    private LocalDate overdueMarkedOn;

    /** The re-check deadline the job found passed (the re-check is late while it is the running one). */
    @Column(name = "recheck_overdue_on")
    private LocalDate recheckOverdueOn;

    @Embedded
    private HazardSupervision supervision;

    protected Hazard() {
    }

    private Hazard(long departmentId, Enterprise enterprise) {
        super(departmentId, enterprise);
    }

    // ---- finding ----

    /**
     * What recording a hazard needs, already checked by the rules that span aggregates (the enterprise is readable and
     * the actor acts for it; an inspection named is readable, of the same enterprise, and its item failed).
     *
     * @param departmentId the department the hazard is under: the inspecting one, or the enterprise's
     * @param grade        MAJOR when a failed 重大事故隐患 item proposes it (the caller has decided)
     */
    public record Finding(long departmentId, Enterprise enterprise, Long inspectionId, Long checklistItemId,
                          HazardSource source, HazardGrade grade, String description, String place,
                          String legalBasis, String internalNote, String by, Instant now) {
    }

    /** 发现: records a hazard; every problem of the request is reported at once, each naming its field. */
    public static Hazard find(Finding f) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (f.source() == null) {
            problems.add(new RuleViolation.Problem("source", "hazard.source.required"));
        } else if (f.source() == HazardSource.INSPECTION && f.inspectionId() == null) {
            problems.add(new RuleViolation.Problem("inspectionId", "hazard.inspection.required"));
        } else if (f.source() != HazardSource.INSPECTION && f.inspectionId() != null) {
            problems.add(new RuleViolation.Problem("inspectionId", "hazard.inspection.onlyForInspection"));
        }
        if (f.checklistItemId() != null && f.inspectionId() == null) {
            problems.add(new RuleViolation.Problem("checklistItemId", "hazard.checklistItem.needsInspection"));
        }
        if (f.grade() == null) {
            problems.add(new RuleViolation.Problem("grade", "hazard.grade.required"));
        }
        String description = Text.required(problems, "description", f.description(), TEXT_MAX,
                "hazard.description.required");
        String place = Text.optional(problems, "place", f.place(), PLACE_MAX);
        String basis = Text.optional(problems, "legalBasis", f.legalBasis(), BASIS_MAX);
        String note = Text.optional(problems, "internalNote", f.internalNote(), TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Hazard h = new Hazard(f.departmentId(), f.enterprise());
        h.inspectionId = f.inspectionId();
        h.checklistItemId = f.checklistItemId();
        h.source = f.source();
        h.grade = f.grade();
        h.description = description;
        h.place = place;
        h.legalBasis = basis;
        h.internalNote = note;
        h.status = HazardStatus.FOUND;
        h.foundAt = f.now();
        h.foundBy = f.by();
        h.createdAt = f.now();
        h.createdBy = f.by();
        return h;
    }

    // ---- the order (督办) ----

    /** An order checked and ready to issue: its requirements and its deadline, with how the deadline was counted. */
    public record Order(String requirements, Deadline deadline, String dueSource) {
    }

    /**
     * Checks an order before its document is issued: only a found hazard is ordered; the requirements are given; the
     * deadline lies after {@code today}.
     */
    public Order prepareOrder(String requirements, Deadline deadline, String dueSource, LocalDate today) {
        requireCanMoveTo(HazardStatus.ORDERED, "order");
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String clean = Text.required(problems, "requirements", requirements, TEXT_MAX, "hazard.requirements.required");
        if (deadline == null) {
            problems.add(new RuleViolation.Problem("deadline", "hazard.deadline.required"));
        } else if (!deadline.dueOn().isAfter(today)) {
            problems.add(new RuleViolation.Problem("deadline", "hazard.deadline.future"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return new Order(clean, deadline, dueSource);
    }

    /** 责令限期整改: the order {@code documentId} numbered {@code number} was issued. */
    public HazardOrdered order(Order order, long documentId, String number, String by, Instant now) {
        HazardSnapshot before = snapshot();
        moveTo(HazardStatus.ORDERED, "order");
        this.requirements = order.requirements();
        this.dueOn = order.deadline().dueOn();
        this.dueOnProvisional = order.deadline().provisional();
        this.dueSource = order.dueSource();
        boolean period = order.deadline().unit() == PeriodUnit.WORKING_DAYS;
        this.dueWorkingDays = period ? order.deadline().days() : null;
        this.dueCountedFrom = period ? order.deadline().start() : null;
        this.orderDocumentId = documentId;
        this.orderedAt = now;
        this.orderedBy = by;
        return new HazardOrdered(before, snapshot(), number);
    }

    // ---- the enterprise's acts ----

    /** The enterprise's plan: 五落实 (004§7), 治理目标、人员、经费、措施、时限. */
    public record Plan(String goal, String responsiblePerson, BigDecimal funds, String measures,
                       LocalDate plannedCompletion) {
    }

    /**
     * 整改方案 received (五落实): every one of the five is required; the planned completion lies within the deadline.
     * Rectification begins.
     */
    public HazardRectificationPlanned plan(Plan plan, String by, Instant now) {
        requireCanMoveTo(HazardStatus.RECTIFYING, "plan");
        if (status != HazardStatus.ORDERED) {
            throw refused("plan");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        Plan p = plan == null ? new Plan(null, null, null, null, null) : plan;
        String goal = Text.required(problems, "goal", p.goal(), GOAL_MAX, "hazard.plan.goal.required");
        String person = Text.requiredLine(problems, "responsiblePerson", p.responsiblePerson(), PERSON_MAX,
                "hazard.plan.responsiblePerson.required");
        if (p.funds() == null) {
            problems.add(new RuleViolation.Problem("funds", "hazard.plan.funds.required"));
        } else if (p.funds().signum() < 0 || p.funds().compareTo(FUNDS_MAX) > 0 || p.funds().scale() > 2) {
            problems.add(new RuleViolation.Problem("funds", "hazard.plan.funds.range"));
        }
        String measures = Text.required(problems, "measures", p.measures(), TEXT_MAX, "hazard.plan.measures.required");
        if (p.plannedCompletion() == null) {
            problems.add(new RuleViolation.Problem("plannedCompletion", "hazard.plan.completion.required"));
        } else if (dueOn != null && p.plannedCompletion().isAfter(dueOn)) {
            problems.add(new RuleViolation.Problem("plannedCompletion", "hazard.plan.completion.afterDeadline",
                    dueOn.toString()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        HazardSnapshot before = snapshot();
        moveTo(HazardStatus.RECTIFYING, "plan");
        this.planGoal = goal;
        this.planResponsiblePerson = person;
        this.planFunds = p.funds();
        this.planMeasures = measures;
        this.planCompletion = p.plannedCompletion();
        this.plannedAt = now;
        this.plannedBy = by;
        return new HazardRectificationPlanned(before, snapshot());
    }

    /** The re-check deadline of a report: the rule's days counted on the calendar from the day of the report. */
    public record Recheck(Deadline deadline, RuleValue rule) {
    }

    /**
     * The enterprise reports its rectification, with evidence of this hazard ({@code evidenceIds}, among
     * {@code ownEvidence}): the re-check is due by {@code recheck}.
     */
    public HazardRectificationReported reportRectification(String description, List<Long> evidenceIds,
                                                           Set<Long> ownEvidence, Recheck recheck, String by,
                                                           Instant now) {
        requireCanMoveTo(HazardStatus.REPORTED, "reportRectification");
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String clean = Text.required(problems, "description", description, TEXT_MAX,
                "hazard.report.description.required");
        List<Long> evidence = evidence(problems, evidenceIds, ownEvidence);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        HazardSnapshot before = snapshot();
        moveTo(HazardStatus.REPORTED, "reportRectification");
        reports.add(new HazardReport(ReportKind.RECTIFICATION, clean, null, evidence, by, now));
        setRecheck(recheck);
        return new HazardRectificationReported(before, snapshot(), evidence);
    }

    /**
     * 验收 (major hazards only): the enterprise reports the acceptance of its rectification by experts, their
     * conclusion and the evidence (their report); the re-check is due by {@code recheck}.
     */
    public HazardAcceptanceReported reportAcceptance(String experts, String conclusion, List<Long> evidenceIds,
                                                     Set<Long> ownEvidence, Recheck recheck, String by,
                                                     Instant now) {
        requireCanMoveTo(HazardStatus.ACCEPTANCE_REPORTED, "reportAcceptance");
        if (grade != HazardGrade.MAJOR) {
            throw new Conflict("grade", "hazard.acceptance.majorOnly");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String who = Text.required(problems, "experts", experts, EXPERTS_MAX, "hazard.acceptance.experts.required");
        String clean = Text.required(problems, "conclusion", conclusion, TEXT_MAX,
                "hazard.acceptance.conclusion.required");
        List<Long> evidence = evidence(problems, evidenceIds, ownEvidence);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        HazardSnapshot before = snapshot();
        moveTo(HazardStatus.ACCEPTANCE_REPORTED, "reportAcceptance");
        reports.add(new HazardReport(ReportKind.ACCEPTANCE, clean, who, evidence, by, now));
        setRecheck(recheck);
        return new HazardAcceptanceReported(before, snapshot(), who, evidence);
    }

    /**
     * 延期申请: the enterprise applies, with reasons, for a later deadline, while under an order and before its
     * deadline has passed; one application waits at a time.
     */
    public HazardExtensionApplied applyForExtension(String reasons, LocalDate requestedOn, LocalDate today, String by,
                                                    Instant now) {
        if (!status.underOrder()) {
            throw refused("applyForExtension");
        }
        if (pendingExtension().isPresent()) {
            throw new Conflict("extension", "hazard.extension.alreadyPending");
        }
        if (today.isAfter(dueOn)) {
            throw new Conflict("extension", "hazard.extension.afterDeadline", dueOn.toString());
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String clean = Text.required(problems, "reasons", reasons, TEXT_MAX, "hazard.extension.reasons.required");
        if (requestedOn == null) {
            problems.add(new RuleViolation.Problem("requestedOn", "hazard.extension.requestedOn.required"));
        } else if (!requestedOn.isAfter(dueOn)) {
            problems.add(new RuleViolation.Problem("requestedOn", "hazard.extension.requestedOn.afterDeadline",
                    dueOn.toString()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        HazardSnapshot before = snapshot();
        extensions.add(new HazardExtension(clean, requestedOn, dueOn, by, now));
        return new HazardExtensionApplied(before, snapshot(), clean, requestedOn);
    }

    // ---- the department's acts ----

    /** A verification checked and ready to issue its 整改复查意见书. */
    public record Verification(boolean accepted, String opinion, LocalDate newDueOn) {
    }

    /**
     * Checks a re-check before its document is issued. Accepting needs the report the grade requires (a major hazard:
     * the acceptance by experts) and no on-site measure in force (lifted after review first); rejecting needs a new
     * deadline after {@code today}.
     */
    public Verification prepareVerification(Boolean accepted, String opinion, LocalDate newDueOn, LocalDate today) {
        if (!status.awaitingRecheck()) {
            throw refused("verify");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (accepted == null) {
            problems.add(new RuleViolation.Problem("accepted", "hazard.verification.accepted.required"));
        }
        String clean = Text.required(problems, "opinion", opinion, TEXT_MAX, "hazard.verification.opinion.required");
        if (Boolean.FALSE.equals(accepted)) {
            if (newDueOn == null) {
                problems.add(new RuleViolation.Problem("newDeadline", "hazard.verification.newDeadline.required"));
            } else if (!newDueOn.isAfter(today)) {
                problems.add(new RuleViolation.Problem("newDeadline", "hazard.deadline.future"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        if (accepted) {
            if (grade == HazardGrade.MAJOR && status != HazardStatus.ACCEPTANCE_REPORTED) {
                throw new Conflict("accepted", "hazard.verification.acceptanceFirst");
            }
            if (onsiteMeasuresInForce) {
                throw new Conflict("accepted", "hazard.verification.measuresInForce");
            }
        }
        return new Verification(accepted, clean, accepted ? null : newDueOn);
    }

    /** 核查: the 整改复查意见书 {@code documentId} numbered {@code number} was issued: closed (销号) or rectifying again. */
    public HazardVerified verify(Verification v, long documentId, String number, String by, Instant now) {
        HazardSnapshot before = snapshot();
        if (v.accepted()) {
            moveTo(HazardStatus.CLOSED, "verify");
            this.closedAt = now;
            this.overdue = false;
        } else {
            moveTo(HazardStatus.RECTIFYING, "verify");
            this.dueOn = v.newDueOn();
            this.dueOnProvisional = false;
            this.dueSource = "整改复查意见书 " + number;
            this.dueWorkingDays = null;
            this.dueCountedFrom = null;
            this.overdue = false;
        }
        this.recheckDueOn = null;
        this.recheckDueSource = null;
        this.recheckRuleEffectiveFrom = null;
        verifications.add(new HazardVerification(v.accepted(), v.opinion(), v.newDueOn(), documentId, by, now));
        return new HazardVerified(before, snapshot(), v.accepted(), v.opinion(), number);
    }

    /** 当场整改: a general hazard just found, fixed on the spot, is recorded with its evidence and closed at once. */
    public HazardRectifiedOnTheSpot rectifyOnTheSpot(String description, List<Long> evidenceIds,
                                                     Set<Long> ownEvidence, String by, Instant now) {
        requireCanMoveTo(HazardStatus.CLOSED, "rectifyOnTheSpot");
        if (grade != HazardGrade.GENERAL) {
            throw new Conflict("grade", "hazard.onTheSpot.generalOnly");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String clean = Text.required(problems, "description", description, TEXT_MAX,
                "hazard.report.description.required");
        List<Long> evidence = evidence(problems, evidenceIds, ownEvidence);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        HazardSnapshot before = snapshot();
        moveTo(HazardStatus.CLOSED, "rectifyOnTheSpot");
        reports.add(new HazardReport(ReportKind.RECTIFICATION, clean, null, evidence, by, now));
        this.closedAt = now;
        return new HazardRectifiedOnTheSpot(before, snapshot(), evidence);
    }

    /** 延期审批: approved with a date after the present deadline (it becomes the deadline), or refused. */
    public HazardExtensionDecided decideExtension(Boolean approved, LocalDate grantedOn, String note, String by,
                                                  Instant now) {
        HazardExtension pending = pendingExtension()
                .orElseThrow(() -> new Conflict("extension", "hazard.extension.nonePending"));
        if (!status.underOrder()) {
            throw refused("decideExtension");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (approved == null) {
            problems.add(new RuleViolation.Problem("approved", "hazard.decision.approved.required"));
        } else if (approved) {
            if (grantedOn == null) {
                problems.add(new RuleViolation.Problem("newDeadline", "hazard.extension.newDeadline.required"));
            } else if (!grantedOn.isAfter(dueOn)) {
                problems.add(new RuleViolation.Problem("newDeadline", "hazard.extension.requestedOn.afterDeadline",
                        dueOn.toString()));
            }
        }
        String clean = Text.optional(problems, "note", note, REASON_MAX);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        HazardSnapshot before = snapshot();
        ExtensionDecision decision = approved ? ExtensionDecision.APPROVED : ExtensionDecision.REFUSED;
        pending.decide(decision, approved ? grantedOn : null, clean, by, now);
        if (approved) {
            this.dueOn = grantedOn;
            this.dueOnProvisional = false;
            this.dueSource = "延期批准（" + by + "）";
            this.dueWorkingDays = null;
            this.dueCountedFrom = null;
            this.overdue = false;
        }
        return new HazardExtensionDecided(before, snapshot(), decision, approved ? grantedOn : null, clean);
    }

    /** Checks on-site measures before their 现场处理措施决定书 is issued: a major, open hazard, at least one measure. */
    public Set<OnsiteMeasure> prepareOnsiteMeasures(Set<OnsiteMeasure> measures, String detail) {
        if (!status.open()) {
            throw refused("decideOnsiteMeasures");
        }
        if (grade != HazardGrade.MAJOR) {
            throw new Conflict("grade", "hazard.onsiteMeasures.majorOnly");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (measures == null || measures.isEmpty()) {
            problems.add(new RuleViolation.Problem("measures", "hazard.onsiteMeasures.required"));
        }
        Text.optional(problems, "detail", detail, DETAIL_MAX);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return EnumSet.copyOf(measures);
    }

    /** 现场处理措施: the measures are in force, ordered by the decision {@code documentId} numbered {@code number}. */
    public HazardOnsiteMeasuresDecided decideOnsiteMeasures(Set<OnsiteMeasure> measures, String detail,
                                                            long documentId, String number, String by,
                                                            Instant now) {
        Set<OnsiteMeasure> checked = prepareOnsiteMeasures(measures, detail);
        String clean = Text.stripToNull(detail);
        HazardSnapshot before = snapshot();
        for (OnsiteMeasure m : checked) {
            onsiteMeasures.add(new HazardOnsiteMeasure(m, clean, documentId, by, now));
        }
        this.onsiteMeasuresInForce = true;
        return new HazardOnsiteMeasuresDecided(before, snapshot(), checked.stream().map(Enum::name).toList(),
                number);
    }

    /** Lifting the measures in force after review (审查同意, 004§14): the review's findings are required. */
    public HazardOnsiteMeasuresLifted liftOnsiteMeasures(String review, String by, Instant now) {
        if (!onsiteMeasuresInForce) {
            throw new Conflict("measures", "hazard.onsiteMeasures.noneInForce");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String clean = Text.required(problems, "review", review, DETAIL_MAX, "hazard.onsiteMeasures.review.required");
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        HazardSnapshot before = snapshot();
        onsiteMeasures.stream().filter(HazardOnsiteMeasure::inForce).forEach(m -> m.lift(clean, by, now));
        this.onsiteMeasuresInForce = false;
        return new HazardOnsiteMeasuresLifted(before, snapshot(), clean);
    }

    /** Asks to lower a major, open hazard to general, with a reason; a supervisor decides. One request at a time. */
    public HazardGradeLoweringRequested requestGradeLowering(String reason, String by, Instant now) {
        if (!status.open()) {
            throw refused("requestGradeLowering");
        }
        if (grade != HazardGrade.MAJOR) {
            throw new Conflict("grade", "hazard.gradeLowering.majorOnly");
        }
        if (gradeChangeTo != null) {
            throw new Conflict("grade", "hazard.gradeLowering.alreadyPending");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String clean = Text.required(problems, "reason", reason, REASON_MAX, "hazard.gradeLowering.reason.required");
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        HazardSnapshot before = snapshot();
        this.gradeChangeTo = HazardGrade.GENERAL;
        this.gradeChangeReason = clean;
        this.gradeChangeRequestedAt = now;
        this.gradeChangeRequestedBy = by;
        return new HazardGradeLoweringRequested(before, snapshot());
    }

    /**
     * A supervisor approves (the hazard becomes general) or refuses the lowering asked. A hazard whose acceptance by
     * experts is already reported keeps its grade: the loop of a major hazard is nearly done.
     */
    public HazardGradeLoweringDecided decideGradeLowering(Boolean approved, String note, String by, Instant now) {
        if (gradeChangeTo == null) {
            throw new Conflict("grade", "hazard.gradeLowering.nonePending");
        }
        if (!status.open()) {
            throw refused("decideGradeLowering");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (approved == null) {
            problems.add(new RuleViolation.Problem("approved", "hazard.decision.approved.required"));
        }
        String clean = Text.optional(problems, "note", note, REASON_MAX);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        if (approved && status == HazardStatus.ACCEPTANCE_REPORTED) {
            throw refused("decideGradeLowering");
        }
        HazardSnapshot before = snapshot();
        if (approved) {
            this.grade = gradeChangeTo;
        }
        this.gradeChangeTo = null;
        this.gradeChangeReason = null;
        this.gradeChangeRequestedAt = null;
        this.gradeChangeRequestedBy = null;
        return new HazardGradeLoweringDecided(before, snapshot(), approved, clean);
    }

    // ---- 挂牌督办 (004§23, 000§(九)): listed, supervised and lifted by the department above ----

    /**
     * Whether the hazard is listed for supervision by the department above: an open major hazard, or any open hazard
     * whose deadline passed (逾期), not yet supervised.
     */
    public boolean listedForSupervision() {
        return status.open() && (grade == HazardGrade.MAJOR || overdue) && supervisedByDepartmentId == null;
    }

    /** A 挂牌督办通知书 checked and ready to issue: the requirements and the deadline set by the department above. */
    public record SupervisionNotice(String requirements, LocalDate deadline) {
    }

    /**
     * Checks a supervision before its notice is issued: the hazard is listed (open, major or overdue) and not yet
     * supervised; the requirements are given and the deadline lies after {@code today}.
     */
    public SupervisionNotice prepareSupervision(String requirements, LocalDate deadline, LocalDate today) {
        if (!status.open()) {
            throw refused("supervise");
        }
        if (supervisedByDepartmentId != null) {
            throw new Conflict("supervision", "hazard.supervision.already");
        }
        if (grade != HazardGrade.MAJOR && !overdue) {
            throw new Conflict("supervision", "hazard.supervision.notListed");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String clean = Text.required(problems, "requirements", requirements, TEXT_MAX,
                "hazard.supervision.requirements.required");
        if (deadline == null) {
            problems.add(new RuleViolation.Problem("deadline", "hazard.supervision.deadline.required"));
        } else if (!deadline.isAfter(today)) {
            problems.add(new RuleViolation.Problem("deadline", "hazard.deadline.future"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return new SupervisionNotice(clean, deadline);
    }

    /** 挂牌督办: department {@code departmentId} above issued the notice {@code documentId} numbered {@code number}. */
    public HazardSupervised supervise(SupervisionNotice notice, long departmentId, long documentId, String number,
                                      String by, Instant now) {
        HazardSnapshot before = snapshot();
        this.supervisedByDepartmentId = departmentId;
        this.supervisedAt = now;
        this.supervision = new HazardSupervision(notice.requirements(), notice.deadline(), documentId, by);
        return new HazardSupervised(before, snapshot(), number, notice.requirements(), notice.deadline());
    }

    /** 摘牌: only a supervised hazard, only once it is closed (销号), only once. */
    public HazardSupervisionLifted liftSupervision(String by, Instant now) {
        if (supervisedByDepartmentId == null || supervision == null) {
            throw new Conflict("supervision", "hazard.supervision.none");
        }
        if (supervision.lifted()) {
            throw new Conflict("supervision", "hazard.supervision.alreadyLifted");
        }
        if (status != HazardStatus.CLOSED) {
            throw refused("liftSupervision");
        }
        HazardSnapshot before = snapshot();
        supervision.lift(by, now);
        return new HazardSupervisionLifted(before, snapshot());
    }

    /** Whether the department's re-check is late: the running re-check deadline is the one the job found passed. */
    public boolean isRecheckOverdue() {
        return status.awaitingRecheck() && recheckDueOn != null && recheckDueOn.equals(recheckOverdueOn);
    }

    public boolean isOverdueUnrectified() {
        return overdueUnrectified;
    }

    public LocalDate getOverdueMarkedOn() {
        return overdueMarkedOn;
    }

    public LocalDate getRecheckOverdueOn() {
        return recheckOverdueOn;
    }

    /** The 挂牌督办通知书 and its lifting, or empty when the hazard was never supervised. */
    public Optional<HazardSupervision> supervision() {
        return supervisedByDepartmentId == null ? Optional.empty() : Optional.ofNullable(supervision);
    }

    // ---- deadlines ----

    /** Days left until the deadline of an open hazard under order (negative once passed); empty otherwise. */
    public Optional<Long> daysLeft(LocalDate today) {
        if (!status.open() || dueOn == null || status.awaitingRecheck()) {
            return Optional.empty();
        }
        return Optional.of(ChronoUnit.DAYS.between(today, dueOn));
    }

    /** The deadline that runs now: the enterprise's (under order) or the department's re-check (reported). */
    public Optional<LocalDate> runningDeadline() {
        if (status.underOrder()) {
            return Optional.ofNullable(dueOn);
        }
        if (status.awaitingRecheck()) {
            return Optional.ofNullable(recheckDueOn);
        }
        return Optional.empty();
    }

    private void setRecheck(Recheck recheck) {
        this.recheckDueOn = recheck.deadline().dueOn();
        this.recheckDueSource = recheck.rule().source();
        this.recheckRuleEffectiveFrom = recheck.rule().effectiveFrom();
    }

    public Optional<HazardExtension> pendingExtension() {
        return extensions.stream().filter(HazardExtension::pending).findFirst();
    }

    // ---- state ----

    private void moveTo(HazardStatus next, String step) {
        if (!status.canMoveTo(next)) {
            throw refused(step);
        }
        this.status = next;
    }

    private void requireCanMoveTo(HazardStatus next, String step) {
        if (!status.canMoveTo(next)) {
            throw refused(step);
        }
    }

    /** 409 naming the current state and the refused step. */
    Conflict refused(String step) {
        return new Conflict("state", "hazard.step.refused",
                new DefaultMessageSourceResolvable(new String[] {"hazard.status." + status.name()}, status.name()),
                status.name(),
                new DefaultMessageSourceResolvable(new String[] {"hazard.step." + step}, step));
    }

    /** The evidence cited: at least one piece, each attached to this hazard and not withdrawn ({@code own}). */
    private static List<Long> evidence(List<RuleViolation.Problem> problems, List<Long> ids, Set<Long> own) {
        List<Long> clean = ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct()
                .toList();
        if (clean.isEmpty()) {
            problems.add(new RuleViolation.Problem("evidenceIds", "hazard.evidence.required"));
        } else if (clean.size() > EVIDENCE_MAX) {
            problems.add(new RuleViolation.Problem("evidenceIds", "hazard.evidence.tooMany", EVIDENCE_MAX));
        } else {
            clean.stream().filter(id -> !own.contains(id)).findFirst().ifPresent(id -> problems.add(
                    new RuleViolation.Problem("evidenceIds", "hazard.evidence.unknown", id)));
        }
        return clean;
    }

    public HazardSnapshot snapshot() {
        return new HazardSnapshot(id, getDepartmentId(), divisionCode(), getEnterpriseId(),
                inspectionId, checklistItemId, source, grade, description, place, legalBasis, status, requirements,
                orderDocumentId, dueOn, dueSource, planGoal, planResponsiblePerson, planFunds, planMeasures,
                planCompletion, recheckDueOn, recheckDueSource, gradeChangeTo, gradeChangeReason,
                onsiteMeasures.stream().filter(HazardOnsiteMeasure::inForce).map(m -> m.getMeasure().name())
                        .toList(),
                overdue, escalated, supervisedByDepartmentId, closedAt);
    }

    @Override
    public long enterpriseId() {
        return getEnterpriseId();
    }

    public Long getId() {
        return id;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public Long getChecklistItemId() {
        return checklistItemId;
    }

    public HazardSource getSource() {
        return source;
    }

    public HazardGrade getGrade() {
        return grade;
    }

    public String getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public HazardStatus getStatus() {
        return status;
    }

    public String getRequirements() {
        return requirements;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public String getOrderedBy() {
        return orderedBy;
    }

    public Long getOrderDocumentId() {
        return orderDocumentId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isDueOnProvisional() {
        return dueOnProvisional;
    }

    public String getDueSource() {
        return dueSource;
    }

    /**
     * The unit the running deadline was given in, in which its days left are counted: working days while it is an
     * order's period in working days, calendar days when it is a date (the order's, an extension's, the new deadline
     * of a failed re-check). Null before the order.
     */
    public PeriodUnit getDueUnit() {
        if (dueOn == null) {
            return null;
        }
        return dueWorkingDays != null ? PeriodUnit.WORKING_DAYS : PeriodUnit.CALENDAR_DAYS;
    }

    public String getPlanGoal() {
        return planGoal;
    }

    public String getPlanResponsiblePerson() {
        return planResponsiblePerson;
    }

    public BigDecimal getPlanFunds() {
        return planFunds;
    }

    public String getPlanMeasures() {
        return planMeasures;
    }

    public LocalDate getPlanCompletion() {
        return planCompletion;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public String getPlannedBy() {
        return plannedBy;
    }

    public LocalDate getRecheckDueOn() {
        return recheckDueOn;
    }

    public String getRecheckDueSource() {
        return recheckDueSource;
    }

    public LocalDate getRecheckRuleEffectiveFrom() {
        return recheckRuleEffectiveFrom;
    }

    public HazardGrade getGradeChangeTo() {
        return gradeChangeTo;
    }

    public String getGradeChangeReason() {
        return gradeChangeReason;
    }

    public Instant getGradeChangeRequestedAt() {
        return gradeChangeRequestedAt;
    }

    public String getGradeChangeRequestedBy() {
        return gradeChangeRequestedBy;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Long getSupervisedByDepartmentId() {
        return supervisedByDepartmentId;
    }

    public Instant getSupervisedAt() {
        return supervisedAt;
    }

    public boolean isOnsiteMeasuresInForce() {
        return onsiteMeasuresInForce;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public String getFoundBy() {
        return foundBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    public List<HazardReport> getReports() {
        return Collections.unmodifiableList(reports);
    }

    public List<HazardVerification> getVerifications() {
        return Collections.unmodifiableList(verifications);
    }

    public List<HazardExtension> getExtensions() {
        return Collections.unmodifiableList(extensions);
    }

    public List<HazardOnsiteMeasure> getOnsiteMeasures() {
        return Collections.unmodifiableList(onsiteMeasures);
    }
}
