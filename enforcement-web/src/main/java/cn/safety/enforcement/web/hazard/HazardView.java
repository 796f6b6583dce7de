package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardExtension;
import cn.safety.enforcement.domain.hazard.HazardFiles;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A hazard as the API shows it. {@code state}: FOUND, ORDERED, RECTIFYING, REPORTED, ACCEPTANCE_REPORTED, CLOSED;
 * {@code grade}: GENERAL, MAJOR; {@code source}: INSPECTION, SELF_REPORT, COMPLAINT. {@code deadline} is the
 * rectification deadline ({@code daysLeft}: calendar days from today while the enterprise is under order, negative once
 * passed; {@code deadlineUnit}: WORKING_DAYS when the order counted working days, CALENDAR_DAYS when a date was given),
 * {@code recheckDeadline} the department's once the enterprise reported ({@code recheckOverdue} once it passed).
 * {@code overdue}: the deadline passed while under the order (the overdue job's mark); {@code escalated}: so marked
 * once and shown to the department above; {@code overdueUnrectified}: 逾期未整改, the violation committed, kept after
 * an extension or a new deadline. {@code supervisedBy} names the department above that supervises it (挂牌督办), or is
 * null.
 * <p>{@code internal} holds what stays with the department (its note, who found, ordered and decided, a pending
 * lowering of the grade): it is absent for the account of an enterprise, which reads the same hazard otherwise.
 */
public record HazardView(long id, long enterpriseId, String enterpriseName, long departmentId,
                         String departmentName, Long inspectionId, Long checklistItemId, String source, String grade,
                         String description, String place, String legalBasis, String state,
                         LocalDate deadline, String deadlineUnit,
                         Long daysLeft, boolean deadlineProvisional,
                         LocalDate recheckDeadline, String recheckSource, boolean overdue, boolean escalated,
                         boolean overdueUnrectified, boolean recheckOverdue, Supervision supervisedBy,
                         Order order, Plan plan,
                         List<Report> reports, List<Verification> verifications, List<Extension> extensions,
                         List<Measure> onsiteMeasures, boolean onsiteMeasuresInForce, OffsetDateTime foundAt,
                         OffsetDateTime closedAt, long version,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Internal internal) {

    /**
     * The department above that supervises the hazard (挂牌督办), since when, with its 挂牌督办通知书: the requirements,
     * the deadline, the document (a numbered PDF of the department above); {@code liftedAt} once lifted (摘牌).
     */
    public record Supervision(long departmentId, String departmentName, OffsetDateTime since, String requirements,
                              LocalDate deadline, Long documentId, OffsetDateTime liftedAt) {
    }

    /** 责令限期整改指令书: its requirements, the document (a numbered PDF), when. */
    public record Order(String requirements, Long documentId, OffsetDateTime orderedAt, String dueSource) {
    }

    /** The enterprise's plan: 五落实. */
    public record Plan(String goal, String responsiblePerson, BigDecimal funds, String measures,
                       LocalDate plannedCompletion, OffsetDateTime plannedAt) {
    }

    /** What the enterprise reported: RECTIFICATION or ACCEPTANCE (with the experts). */
    public record Report(long id, String kind, String description, String experts, List<Long> evidenceIds,
                         OffsetDateTime reportedAt) {
    }

    /** A re-check (整改复查意见书): accepted, the opinion, the new deadline when rejected, the document. */
    public record Verification(long id, boolean accepted, String opinion, LocalDate newDeadline, long documentId,
                               OffsetDateTime verifiedAt) {
    }

    /** An application for an extension and its decision (APPROVED, REFUSED, or null while pending). */
    public record Extension(long id, String reasons, LocalDate requestedDeadline, LocalDate deadlineBefore,
                            OffsetDateTime appliedAt, String decision, LocalDate grantedDeadline,
                            String decisionNote, OffsetDateTime decidedAt) {
    }

    /** An on-site measure: WITHDRAW_WORKERS, SUSPEND_PRODUCTION, STOP_EQUIPMENT; lifted after review. */
    public record Measure(long id, String measure, String detail, long documentId, OffsetDateTime decidedAt,
                          OffsetDateTime liftedAt, String liftReview) {
    }

    /** The department's side only. */
    public record Internal(String note, String foundBy, String orderedBy, String plannedBy,
                           GradeLowering gradeLowering, List<String> reportedBy, List<String> verifiedBy) {
    }

    /** A lowering of the grade waiting for a supervisor. */
    public record GradeLowering(String to, String reason, String requestedBy, OffsetDateTime requestedAt) {
    }

    static HazardView of(HazardFiles.HazardFile file, ZoneId zone) {
        Hazard h = file.hazard();
        Supervision supervision = h.getSupervisedByDepartmentId() == null ? null
                : new Supervision(h.getSupervisedByDepartmentId(), file.supervisedByName(),
                at(h.getSupervisedAt(), zone),
                h.supervision().map(s -> s.getRequirements()).orElse(null),
                h.supervision().map(s -> s.getDueOn()).orElse(null),
                h.supervision().map(s -> s.getDocumentId()).orElse(null),
                h.supervision().map(s -> at(s.getLiftedAt(), zone)).orElse(null));
        Order order = h.getOrderedAt() == null ? null : new Order(h.getRequirements(), h.getOrderDocumentId(),
                at(h.getOrderedAt(), zone), h.getDueSource());
        Plan plan = h.getPlannedAt() == null ? null : new Plan(h.getPlanGoal(), h.getPlanResponsiblePerson(),
                h.getPlanFunds(), h.getPlanMeasures(), h.getPlanCompletion(), at(h.getPlannedAt(), zone));
        Internal internal = !file.internal() ? null : new Internal(h.getInternalNote(), h.getFoundBy(),
                h.getOrderedBy(), h.getPlannedBy(),
                h.getGradeChangeTo() == null ? null : new GradeLowering(h.getGradeChangeTo().name(),
                        h.getGradeChangeReason(), h.getGradeChangeRequestedBy(),
                        at(h.getGradeChangeRequestedAt(), zone)),
                h.getReports().stream().map(r -> r.getReportedBy()).toList(),
                h.getVerifications().stream().map(v -> v.getVerifiedBy()).toList());
        return new HazardView(h.getId(), h.getEnterpriseId(), file.enterprise().getName(), h.getDepartmentId(),
                file.departmentName(), h.getInspectionId(), h.getChecklistItemId(), h.getSource().name(),
                h.getGrade().name(), h.getDescription(), h.getPlace(), h.getLegalBasis(), h.getStatus().name(),
                h.getDueOn(), h.getDueUnit() == null ? null : h.getDueUnit().name(), file.daysLeft(), h.isDueOnProvisional(), h.getRecheckDueOn(),
                h.getRecheckDueSource(), h.isOverdue(), h.isEscalated(), h.isOverdueUnrectified(),
                h.isRecheckOverdue(), supervision, order, plan,
                h.getReports().stream().map(r -> new Report(r.getId(), r.getKind().name(), r.getDescription(),
                        r.getExperts(), List.copyOf(r.getEvidenceIds()), at(r.getReportedAt(), zone))).toList(),
                h.getVerifications().stream().map(v -> new Verification(v.getId(), v.isAccepted(), v.getOpinion(),
                        v.getNewDueOn(), v.getDocumentId(), at(v.getVerifiedAt(), zone))).toList(),
                h.getExtensions().stream().map(e -> extension(e, zone)).toList(),
                h.getOnsiteMeasures().stream().map(m -> new Measure(m.getId(), m.getMeasure().name(), m.getDetail(),
                        m.getDocumentId(), at(m.getDecidedAt(), zone), at(m.getLiftedAt(), zone),
                        m.getLiftReview())).toList(),
                h.isOnsiteMeasuresInForce(), at(h.getFoundAt(), zone), at(h.getClosedAt(), zone), h.getVersion(),
                internal);
    }

    private static Extension extension(HazardExtension e, ZoneId zone) {
        return new Extension(e.getId(), e.getReasons(), e.getRequestedOn(), e.getDueOnBefore(),
                at(e.getAppliedAt(), zone), e.getDecision() == null ? null : e.getDecision().name(),
                e.getGrantedOn(), e.getDecisionNote(), at(e.getDecidedAt(), zone));
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
