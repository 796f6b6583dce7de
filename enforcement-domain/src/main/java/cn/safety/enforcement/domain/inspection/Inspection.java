package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.RecordAtEnterprise;
import cn.safety.enforcement.domain.plan.PlanItem;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 执法检查 (R4, 002§(十), 000§(九)): one inspection of one enterprise by one department, under that department's
 * jurisdiction and lying where the enterprise lies.
 * <p>Lifecycle: {@link #start started} from a plan item of an approved plan (in progress at once: the plan's approval
 * is the inspection's, 检查必审批) or unplanned with a trigger (002§(二)); an unplanned one waits for a supervisor's
 * {@link #approve approval} (行政检查审批, 国办发〔2024〕54号) unless it is urgent (an accident, an imminent danger): then it
 * starts at once and is approved afterwards, within the hours the rule data sets ({@link #approvalOverdue overdue}
 * otherwise). A supervisor may instead {@link #refuse refuse} it with a reason, which ends it. While in progress the
 * inspectors {@link #recordStage record the stages} 执法告知 → 现场检查 → 交流反馈 (in order; 明查暗访 gives no notice),
 * the results of the checklist items, evidence and signatures, {@link #transfer transfer} problems that belong to another
 * department (移送), and complete it, which issues the numbered 现场检查记录.
 * <p>Sections: starting and approval; stages; transfers (this class) — results, signatures, refusal to sign and
 * completion are the site workflow's and live in their own section below.
 */
@Entity
@Table(name = "inspection")
public class Inspection extends RecordAtEnterprise {

    static final int NOTE_MAX = 2000;
    static final int REASON_MAX = 500;
    static final int PERSON_MAX = 64;
    static final int TO_DEPARTMENT_MAX = 100;
    static final int MATTER_MAX = 2000;
    static final int ATTENDEES_MAX = 50;
    /** A phone's clock may run a little ahead of the server's: times this far in the future are still taken as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_seq")
    @SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 50)
    private Long id;

    @Column(name = "plan_item_id")
    private Long planItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger", length = 20)
    private InspectionTrigger trigger;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "imminent_danger", nullable = false)
    private boolean imminentDanger;

    @Column(name = "key_enterprise", nullable = false)
    private boolean keyEnterprise;

    @Column(name = "notice_withheld", nullable = false)
    private boolean noticeWithheld;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "approval_due_at")
    private Instant approvalDueAt;

    @Column(name = "approval_due_source", length = 300)
    private String approvalDueSource;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "refused_at")
    private Instant refusedAt;

    @Column(name = "refused_by", length = 64)
    private String refusedBy;

    @Column(name = "refusal_reason", length = REASON_MAX)
    private String refusalReason;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "inspection_inspector", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<InspectorOnDuty> inspectors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "inspection_expert", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<ExpertOnDuty> experts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "inspection_stage", joinColumns = @JoinColumn(name = "inspection_id"))
    @MapKeyColumn(name = "stage", length = 16)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<InspectionStage, StageRecord> stages = new EnumMap<>(InspectionStage.class);

    @ElementCollection
    @CollectionTable(name = "inspection_checklist", joinColumns = @JoinColumn(name = "inspection_id"))
    private Set<ChecklistUsed> checklists = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inspection_id", nullable = false)
    @OrderBy("checklistId, position")
    private List<InspectionResult> results = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inspection_id", nullable = false)
    @OrderBy("id")
    private List<InspectionTransfer> transfers = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inspection_id", nullable = false)
    @OrderBy("id")
    private List<InspectionSignature> signatures = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inspection_id", nullable = false)
    @OrderBy("id")
    private List<SignatureRefusal> signatureRefusals = new ArrayList<>();

    protected Inspection() {
    }

    private Inspection(long departmentId, Enterprise enterprise) {
        super(departmentId, enterprise);
    }

    // ---- starting and approval ----

    /**
     * What starting an inspection needs, already checked by the rules that span aggregates (the plan item is the
     * department's and its plan approved, the inspectors are certified, the experts are of the pool).
     *
     * @param departmentId  the inspecting department (for an entrusted organisation: the entrusting one)
     * @param planItem      the plan item fulfilled, or null when unplanned
     * @param trigger       why an unplanned inspection happens; null when planned
     * @param urgentHours   the hours within which an urgent start is approved (rule data in force), for unplanned ones
     */
    public record Opening(long departmentId, Enterprise enterprise, PlanItem planItem, InspectionKind kind,
                          InspectionTrigger trigger, boolean imminentDanger, boolean keyEnterprise, Instant startedAt,
                          List<InspectorOnDuty> inspectors, List<ExpertOnDuty> experts,
                          List<InspectionChecklists.ChecklistInForce> checklists, Optional<RuleValue> urgentHours,
                          String by, Instant now, ZoneId zone) {
    }

    /**
     * Starts (or, when unplanned and not urgent, asks approval for) an inspection. Every problem of the request is
     * reported at once, each naming its field.
     */
    public static Inspection start(Opening o) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        boolean planned = o.planItem() != null;
        if (o.kind() == null) {
            problems.add(new RuleViolation.Problem("kind", "inspection.kind.required"));
        }
        if (planned) {
            if (o.trigger() != null) {
                problems.add(new RuleViolation.Problem("trigger", "inspection.trigger.planned"));
            }
            if (o.kind() != null && !o.kind().fits(o.planItem().getKind())) {
                problems.add(new RuleViolation.Problem("kind", "inspection.kind.notForItem",
                        new DefaultMessageSourceResolvable(new String[] {"inspection.kind." + o.kind().name()},
                                o.kind().name()),
                        new DefaultMessageSourceResolvable(
                                new String[] {"planItem.kind." + o.planItem().getKind().name()},
                                o.planItem().getKind().name())));
            }
        } else {
            if (o.trigger() == null) {
                problems.add(new RuleViolation.Problem("trigger", "inspection.trigger.required"));
            } else if (o.kind() != null && !o.kind().fitsUnplanned(o.trigger())) {
                problems.add(new RuleViolation.Problem("kind", "inspection.kind.notUnplanned",
                        new DefaultMessageSourceResolvable(new String[] {"inspection.kind." + o.kind().name()},
                                o.kind().name())));
            }
        }
        if (o.startedAt() == null) {
            problems.add(new RuleViolation.Problem("startedAt", "inspection.startedAt.required"));
        } else if (planned && o.startedAt().atZone(o.zone()).getYear()
                != o.planItem().getYear()) {
            problems.add(new RuleViolation.Problem("startedAt", "inspection.startedAt.planYear",
                    o.planItem().getYear()));
        }
        boolean urgent = !planned && o.trigger() != null && (o.trigger().urgent() || o.imminentDanger());
        boolean startsNow = planned || urgent;
        if (o.startedAt() != null && startsNow && o.startedAt().isAfter(o.now().plus(CLOCK_SKEW))) {
            problems.add(new RuleViolation.Problem("startedAt", "inspection.startedAt.future"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Inspection i = new Inspection(o.departmentId(), o.enterprise());
        i.planItemId = planned ? o.planItem().getId() : null;
        i.kind = o.kind();
        i.trigger = planned ? null : o.trigger();
        i.urgent = urgent;
        i.imminentDanger = !planned && o.imminentDanger();
        i.keyEnterprise = o.keyEnterprise();
        i.noticeWithheld = o.kind().withholdsNotice();
        i.startedAt = o.startedAt();
        i.status = startsNow ? InspectionStatus.IN_PROGRESS : InspectionStatus.AWAITING_APPROVAL;
        if (urgent) {
            RuleValue hours = o.urgentHours().orElseThrow(() -> new IllegalStateException(
                    "no inspection.urgent-approval-hours in force"));
            i.approvalDueAt = o.startedAt().plus(Duration.ofHours(hours.asInt()));
            i.approvalDueSource = hours.source();
        }
        i.inspectors.addAll(o.inspectors());
        i.experts.addAll(o.experts());
        for (InspectionChecklists.ChecklistInForce c : o.checklists()) {
            i.checklists.add(new ChecklistUsed(c.id(), c.code(), c.version(), c.title()));
            for (InspectionChecklists.Item item : c.items()) {
                i.results.add(InspectionResult.toCheck(c.id(), item));
            }
        }
        i.createdBy = o.by();
        i.createdAt = o.now();
        return i;
    }

    /**
     * 批准: a waiting inspection starts; an urgent one already in progress gets its approval afterwards. Who may
     * approve is {@link ApprovalPolicy}'s to decide.
     */
    public InspectionApproved approve(String by, Instant now) {
        if (!approvalPending()) {
            throw refused("approve");
        }
        InspectionSnapshot before = snapshot();
        if (status == InspectionStatus.AWAITING_APPROVAL) {
            moveTo(InspectionStatus.IN_PROGRESS, "approve");
        }
        this.approvedAt = now;
        this.approvedBy = by;
        return new InspectionApproved(before, snapshot());
    }

    /** 不予批准: with a reason; the inspection ends (an urgent one stops where it is, what was recorded stays). */
    public InspectionRefused refuse(String reason, String by, Instant now) {
        if (!approvalPending()) {
            throw refused("refuse");
        }
        String clean = Text.require("reason", reason, REASON_MAX, "inspection.refusal.reason.required");
        InspectionSnapshot before = snapshot();
        moveTo(InspectionStatus.REFUSED, "refuse");
        this.refusedAt = now;
        this.refusedBy = by;
        this.refusalReason = clean;
        return new InspectionRefused(before, snapshot(), clean);
    }

    /** Unplanned and not yet approved nor refused: waiting before it starts, or urgent and started. */
    public boolean approvalPending() {
        return trigger != null && approvedAt == null && status.open();
    }

    /** An urgent inspection whose approval has not come within the hours the rule data set. */
    public boolean approvalOverdue(Instant now) {
        return approvalPending() && approvalDueAt != null && now.isAfter(approvalDueAt);
    }

    public boolean planned() {
        return planItemId != null;
    }

    // ---- stages (key enterprises: 执法告知 → 现场检查 → 交流反馈) ----

    /**
     * Records (or corrects) a stage: when, a note, who of the enterprise was present. Stages go in order, each at or
     * after the one before; 明查暗访 gives no notice, so its NOTICE stage is refused and ONSITE needs none.
     */
    public InspectionStageRecorded recordStage(InspectionStage stage, Instant at, String note, List<Attendee> present,
                                               String by, Instant now) {
        requireInProgress("recordStage");
        if (stage == null) {
            throw new RuleViolation("stage", "inspection.stage.required");
        }
        if (stage == InspectionStage.NOTICE && noticeWithheld) {
            throw new Conflict("stage", "inspection.stage.noticeWithheld");
        }
        InspectionStage previous = stage.previous();
        boolean previousDone = previous == null || stages.containsKey(previous)
                || previous == InspectionStage.NOTICE && noticeWithheld;
        if (!previousDone) {
            throw new Conflict("stage", "inspection.stage.outOfOrder", stageName(previous), stageName(stage));
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (at == null) {
            problems.add(new RuleViolation.Problem("at", "inspection.stage.at.required"));
        } else {
            if (at.isAfter(now.plus(CLOCK_SKEW))) {
                problems.add(new RuleViolation.Problem("at", "inspection.stage.at.future"));
            }
            StageRecord before = previous == null ? null : stages.get(previous);
            if (before != null && at.isBefore(before.getAt())) {
                problems.add(new RuleViolation.Problem("at", "inspection.stage.at.beforePrevious",
                        stageName(previous)));
            }
            InspectionStage next = stage == InspectionStage.FEEDBACK ? null
                    : InspectionStage.values()[stage.ordinal() + 1];
            StageRecord after = next == null ? null : stages.get(next);
            if (after != null && at.isAfter(after.getAt())) {
                problems.add(new RuleViolation.Problem("at", "inspection.stage.at.afterNext", stageName(next)));
            }
        }
        String cleanNote = Text.optional(problems, "note", note, NOTE_MAX);
        List<Attendee> cleanPresent = new ArrayList<>();
        List<Attendee> given = present == null ? List.of() : present;
        if (given.size() > ATTENDEES_MAX) {
            problems.add(new RuleViolation.Problem("present", "inspection.stage.present.tooMany", ATTENDEES_MAX));
        }
        for (int k = 0; k < given.size() && k < ATTENDEES_MAX; k++) {
            Attendee a = given.get(k);
            String name = a == null || a.name() == null ? "" : a.name().strip();
            if (a == null || a.role() == null) {
                problems.add(new RuleViolation.Problem("present[" + k + "].role", "inspection.stage.present.role"));
            } else if (name.isEmpty()) {
                problems.add(new RuleViolation.Problem("present[" + k + "].name", "inspection.stage.present.name"));
            } else if (name.length() > PERSON_MAX || Text.hasControlCharactersInLine(name)) {
                problems.add(new RuleViolation.Problem("present[" + k + "].name", "field.tooLong", PERSON_MAX));
            } else {
                cleanPresent.add(new Attendee(a.role(), name));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        InspectionSnapshot before = snapshot();
        stages.put(stage, new StageRecord(at, cleanNote, cleanPresent, by, now));
        return new InspectionStageRecorded(before, snapshot(), stage, at, cleanNote,
                cleanPresent.stream().map(a -> a.role().name() + " " + a.name()).toList());
    }

    /** Whether the stages a key enterprise needs are all recorded (NOTICE counts as done when withheld). */
    public boolean stagesComplete() {
        return (noticeWithheld || stages.containsKey(InspectionStage.NOTICE))
                && stages.containsKey(InspectionStage.ONSITE) && stages.containsKey(InspectionStage.FEEDBACK);
    }

    public Optional<StageRecord> stage(InspectionStage stage) {
        return Optional.ofNullable(stages.get(stage));
    }

    // ---- transfers (移送) ----

    /** 移送: a problem for another department, while in progress or after completion (not before it started). */
    public InspectionTransferred transfer(String toDepartment, String matter, String by, Instant now) {
        if (status != InspectionStatus.IN_PROGRESS && status != InspectionStatus.COMPLETED) {
            throw refused("transfer");
        }
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String to = Text.requiredLine(problems, "toDepartment", toDepartment, TO_DEPARTMENT_MAX,
                "inspection.transfer.toDepartment.required");
        String what = Text.required(problems, "matter", matter, MATTER_MAX, "inspection.transfer.matter.required");
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        InspectionSnapshot before = snapshot();
        transfers.add(new InspectionTransfer(to, what, by, now));
        return new InspectionTransferred(before, snapshot(), to, what);
    }

    // ---- results, signatures, refusal to sign, completion (the site workflow) ----

    /**
     * Records (or corrects) the result of one checklist item: 符合 / 不符合 / 不适用 with a note, only while in progress. A
     * 不符合 on a 重大事故隐患 item proposes a major hazard ({@link InspectionResult#getProposedHazard()}).
     */
    public InspectionResultRecorded recordResult(long checklistItemId, CheckResult value, String note, String by,
                                                 Instant now) {
        requireInProgress("recordResult");
        InspectionResult r = result(checklistItemId).orElseThrow(
                () -> new cn.safety.enforcement.domain.NotFound("checklistItem", checklistItemId));
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (value == null) {
            problems.add(new RuleViolation.Problem("result", "inspection.result.required"));
        }
        String clean = Text.optional(problems, "note", note, NOTE_MAX);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        InspectionSnapshot before = snapshot();
        r.record(value, clean, by, now);
        return new InspectionResultRecorded(before, snapshot(), checklistItemId, r.getReference(), value,
                r.getNote(), r.getProposedHazard());
    }

    /**
     * Checks that {@code name} may sign in {@code role} (before the image is stored): an inspector's signature is one of
     * the named inspectors' (by username or name); others carry a name. Returns the name as it is kept.
     */
    public String signerName(SignatureRole role, String name) {
        requireInProgress("sign");
        String clean = name == null ? "" : name.strip();
        if (role == null) {
            throw new RuleViolation("role", "inspection.signature.role.required");
        }
        if (role == SignatureRole.INSPECTOR) {
            return inspectors.stream().filter(p -> p.getUsername().equalsIgnoreCase(clean)
                            || p.getFullName().equals(clean)).findFirst().map(InspectorOnDuty::getFullName)
                    .orElseThrow(() -> new RuleViolation("name", "inspection.signature.notAnInspector"));
        }
        if (clean.isEmpty()) {
            throw new RuleViolation("name", "inspection.signature.name.required");
        }
        if (clean.length() > PERSON_MAX || Text.hasControlCharactersInLine(clean)) {
            throw new RuleViolation("name", "field.tooLong", PERSON_MAX);
        }
        return clean;
    }

    /** 签名: a signature kept as evidence {@code evidenceId} (already stored, an image). */
    public InspectionSigned sign(SignatureRole role, String name, long evidenceId, String by, Instant now) {
        String kept = signerName(role, name);
        InspectionSnapshot before = snapshot();
        signatures.add(new InspectionSignature(role, kept, evidenceId, by, now));
        return new InspectionSigned(before, snapshot(), role, kept, evidenceId);
    }

    /** 拒绝签字: the enterprise's representative refused to sign, recorded with a witness. */
    public InspectionSignatureRefused recordSignatureRefusal(String witness, String note, String by, Instant now) {
        requireInProgress("refuseSignature");
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String w = Text.requiredLine(problems, "witness", witness, PERSON_MAX, "inspection.refusal.witness.required");
        String n = Text.optional(problems, "note", note, REASON_MAX);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        InspectionSnapshot before = snapshot();
        signatureRefusals.add(new SignatureRefusal(w, n, by, now));
        return new InspectionSignatureRefused(before, snapshot(), w, n);
    }

    /**
     * 完成: the 现场检查记录 {@code documentId} numbered {@code number} was issued; the inspection is completed and counts
     * for its plan item. What must be recorded first is {@link CompletionRules}' to decide.
     */
    public InspectionCompleted complete(long documentId, String number, Instant now) {
        InspectionSnapshot before = snapshot();
        moveTo(InspectionStatus.COMPLETED, "complete");
        this.completedAt = now;
        this.documentId = documentId;
        return new InspectionCompleted(before, snapshot(), number);
    }

    public List<InspectionResult> getResults() {
        return Collections.unmodifiableList(results);
    }

    public Optional<InspectionResult> result(long checklistItemId) {
        return results.stream().filter(r -> r.getChecklistItemId() == checklistItemId).findFirst();
    }

    public List<InspectionSignature> getSignatures() {
        return Collections.unmodifiableList(signatures);
    }

    public List<SignatureRefusal> getSignatureRefusals() {
        return Collections.unmodifiableList(signatureRefusals);
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Long getDocumentId() {
        return documentId;
    }

    // ---- state ----

    private void moveTo(InspectionStatus next, String step) {
        if (!status.canMoveTo(next)) {
            throw refused(step);
        }
        this.status = next;
    }

    /** Stages, results, evidence and signatures are recorded only while the inspection is in progress. */
    public void requireInProgress(String step) {
        if (status != InspectionStatus.IN_PROGRESS) {
            throw refused(step);
        }
    }

    /** 409 naming the current status and the refused step. */
    Conflict refused(String step) {
        return new Conflict("status", "inspection.step.refused",
                new DefaultMessageSourceResolvable(new String[] {"inspection.status." + status.name()},
                        status.name()),
                status.name(),
                new DefaultMessageSourceResolvable(new String[] {"inspection.step." + step}, step));
    }

    private static DefaultMessageSourceResolvable stageName(InspectionStage stage) {
        return new DefaultMessageSourceResolvable(new String[] {"inspection.stage." + stage.name()}, stage.name());
    }

    public InspectionSnapshot snapshot() {
        return new InspectionSnapshot(id, getDepartmentId(), divisionCode(), getEnterpriseId(), planItemId, kind,
                trigger, urgent, imminentDanger, keyEnterprise, status, startedAt, approvalDueAt, approvedAt,
                approvedBy, refusalReason, inspectors.stream().map(InspectorOnDuty::displayName).toList(),
                experts.stream().map(ExpertOnDuty::getName).toList(),
                stages.keySet().stream().sorted().map(Enum::name).toList(), transfers.size(), completedAt,
                documentId);
    }

    public Long getId() {
        return id;
    }

    public Long getPlanItemId() {
        return planItemId;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public InspectionTrigger getTrigger() {
        return trigger;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isImminentDanger() {
        return imminentDanger;
    }

    public boolean isKeyEnterprise() {
        return keyEnterprise;
    }

    public boolean isNoticeWithheld() {
        return noticeWithheld;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getApprovalDueAt() {
        return approvalDueAt;
    }

    public String getApprovalDueSource() {
        return approvalDueSource;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }

    public String getRefusedBy() {
        return refusedBy;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<InspectorOnDuty> getInspectors() {
        return Collections.unmodifiableList(inspectors);
    }

    /** Whether {@code username} is one of the inspectors (case as stored). */
    public boolean namesInspector(String username) {
        return inspectors.stream().anyMatch(p -> p.getUsername().equalsIgnoreCase(username));
    }

    public List<ExpertOnDuty> getExperts() {
        return Collections.unmodifiableList(experts);
    }

    public Map<InspectionStage, StageRecord> getStages() {
        return Collections.unmodifiableMap(stages);
    }

    public Set<ChecklistUsed> getChecklists() {
        return Collections.unmodifiableSet(checklists);
    }

    public List<InspectionTransfer> getTransfers() {
        return Collections.unmodifiableList(transfers);
    }
}
