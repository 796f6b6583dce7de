package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.InspectionStage;
import cn.safety.enforcement.domain.inspection.InspectionFiles;
import cn.safety.enforcement.domain.inspection.StageRecord;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;


/**
 * An inspection as the API shows it. {@code kind}: FULL_COVERAGE, RANDOM, SPECIAL, UNANNOUNCED, CROSS, FOLLOW_UP,
 * COMPLAINT_CHECK; {@code trigger} (unplanned only): COMPLAINT, TRANSFER, MONITORING_ALERT, ACCIDENT, TEMPORARY_TASK;
 * {@code status}: AWAITING_APPROVAL, IN_PROGRESS, COMPLETED, REFUSED. {@code results} holds one row per item of the
 * checklists used ({@code result} null until recorded; {@code proposedHazard} MAJOR when a 重大事故隐患 item
 * failed). {@code warnings} is filled on creation only (重复检查).
 */
public record InspectionView(long id, long enterpriseId, String enterpriseName, long departmentId,
                             String departmentName, Long planItemId, String kind, String trigger, boolean urgent,
                             boolean imminentDanger, boolean keyEnterprise, boolean noticeWithheld, String status,
                             OffsetDateTime startedAt, boolean approvalPending, boolean approvalOverdue,
                             OffsetDateTime approvalDueAt, String approvalDueSource, OffsetDateTime approvedAt,
                             String approvedBy, OffsetDateTime refusedAt, String refusedBy, String refusalReason,
                             OffsetDateTime completedAt, Long documentId, List<Inspector> inspectors,
                             List<Expert> experts, List<Stage> stages, List<Checklist> checklists,
                             List<Result> results, List<Transfer> transfers, List<Signature> signatures,
                             long version, List<Warning> warnings) {

    public record Inspector(String username, String name, String certificateNumber) {
    }

    public record Expert(long id, String name, String speciality, String organisation) {
    }

    public record Present(String role, String name) {
    }

    public record Stage(String stage, OffsetDateTime at, String note, List<Present> present, String recordedBy) {
    }

    public record Checklist(long id, String code, int version, String title) {
    }

    public record Result(long checklistItemId, long checklistId, String reference, String text, String basis,
                         boolean major, String result, String note, String proposedHazard) {
    }

    public record Transfer(long id, String toDepartment, String matter, OffsetDateTime transferredAt,
                           String transferredBy) {
    }

    public record Signature(long id, String role, String name, long evidenceId, OffsetDateTime signedAt) {
    }

    /** A warning shown when starting: {@code code} REPEAT_INSPECTION with this year's count and the cap. */
    public record Warning(String code, long count, int cap, String source, String message) {
    }

    static InspectionView of(InspectionFiles.InspectionFile file, ZoneId zone, List<Warning> warnings) {
        Inspection i = file.inspection();
        List<Stage> stages = new ArrayList<>();
        for (InspectionStage s : InspectionStage.values()) {
            StageRecord r = i.getStages().get(s);
            if (r != null) {
                stages.add(new Stage(s.name(), at(r.getAt(), zone), r.getNote(), r.present().stream()
                        .map(a -> new Present(a.role().name(), a.name())).toList(), r.getRecordedBy()));
            }
        }
        return new InspectionView(i.getId(), i.getEnterpriseId(), file.enterprise().getName(), i.getDepartmentId(),
                file.departmentName(), i.getPlanItemId(), i.getKind().name(),
                i.getTrigger() == null ? null : i.getTrigger().name(), i.isUrgent(), i.isImminentDanger(),
                i.isKeyEnterprise(), i.isNoticeWithheld(), i.getStatus().name(), at(i.getStartedAt(), zone),
                i.approvalPending(), file.approvalOverdue(), at(i.getApprovalDueAt(), zone),
                i.getApprovalDueSource(), at(i.getApprovedAt(), zone), i.getApprovedBy(),
                at(i.getRefusedAt(), zone), i.getRefusedBy(), i.getRefusalReason(), at(i.getCompletedAt(), zone),
                i.getDocumentId(),
                i.getInspectors().stream().map(p -> new Inspector(p.getUsername(), p.getFullName(),
                        p.getCertificateNumber())).toList(),
                i.getExperts().stream().map(e -> new Expert(e.getExpertId(), e.getName(), e.getSpeciality(),
                        e.getOrganisation())).toList(),
                stages,
                i.getChecklists().stream().map(c -> new Checklist(c.getChecklistId(), c.getCode(), c.getVersion(),
                        c.getTitle())).toList(),
                i.getResults().stream().map(r -> new Result(r.getChecklistItemId(), r.getChecklistId(),
                        r.getReference(), r.getText(), r.getBasis(), r.isMajor(),
                        r.getResult() == null ? null : r.getResult().name(), r.getNote(), r.getProposedHazard()))
                        .toList(),
                i.getTransfers().stream().map(t -> new Transfer(t.getId(), t.getToDepartment(), t.getMatter(),
                        at(t.getTransferredAt(), zone), t.getTransferredBy())).toList(),
                i.getSignatures().stream().map(s -> new Signature(s.getId(), s.getRole().name(), s.getName(),
                        s.getEvidenceId(), at(s.getSignedAt(), zone))).toList(),
                i.getVersion(), warnings == null ? List.of() : warnings);
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

}
