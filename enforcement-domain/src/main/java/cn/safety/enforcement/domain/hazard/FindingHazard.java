package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.inspection.CheckResult;
import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.InspectionResult;
import cn.safety.enforcement.domain.inspection.Inspections;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * 发现隐患: records a hazard. Staff record what an inspection found (the inspection readable, of the same enterprise and
 * acted on by them; a failed 重大事故隐患 item makes the hazard major whatever the request says) or a complaint; the
 * enterprise's account reports what its own check found (自查自报, 000§(八)), under the enterprise's department. One
 * hazard per failed item of an inspection.
 */
@Service
@Transactional
public class FindingHazard {

    private final Hazards hazards;
    private final Enterprises enterprises;
    private final Inspections inspections;
    private final HazardFiles files;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public FindingHazard(Hazards hazards, Enterprises enterprises, Inspections inspections, HazardFiles files,
                         JurisdictionPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.inspections = inspections;
        this.files = files;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** What the request says; {@code internalNote} is the department's own and refused from an enterprise. */
    public record Request(Long enterpriseId, Long inspectionId, Long checklistItemId, HazardSource source,
                          HazardGrade grade, String description, String place, String legalBasis,
                          String internalNote) {
    }

    /**
     * Whether the actor may record a hazard found at the enterprise (a page offers the form only then): enforcement
     * staff of a department that acts on it, as {@link #find} requires.
     */
    public boolean mayFind(Actor actor, Enterprise e) {
        return HazardGuards.STAFF_ACTS.apply(actor, null).isEmpty() && policy.canAct(actor, e);
    }

    public HazardFiles.HazardFile find(Actor actor, Request r) {
        Instant now = clock.instant();
        Hazard.Finding finding = actor.isEnterprise() ? selfReported(actor, r, now) : foundByStaff(actor, r, now);
        Hazard saved = hazards.add(Hazard.find(finding));
        events.publishEvent(new HazardFound(saved.snapshot()));
        return files.of(actor, saved);
    }

    private Hazard.Finding selfReported(Actor actor, Request r, Instant now) {
        if (r.source() != null && r.source() != HazardSource.SELF_REPORT) {
            throw new RuleViolation("source", "hazard.source.enterpriseSelfReportOnly");
        }
        if (r.enterpriseId() != null && !r.enterpriseId().equals(actor.enterpriseId())) {
            throw new RuleViolation("enterpriseId", "hazard.enterprise.unknown");
        }
        if (r.inspectionId() != null || r.checklistItemId() != null) {
            throw new RuleViolation("inspectionId", "hazard.inspection.onlyForInspection");
        }
        if (r.internalNote() != null && !r.internalNote().isBlank()) {
            throw new RuleViolation("internalNote", "hazard.internalNote.staffOnly");
        }
        Enterprise e = enterprises.findById(actor.enterpriseId())
                .orElseThrow(() -> new RuleViolation("enterpriseId", "hazard.enterprise.unknown"));
        return new Hazard.Finding(e.getDepartmentId(), e, null, null, HazardSource.SELF_REPORT, r.grade(),
                r.description(), r.place(), r.legalBasis(), null, actor.username(), now);
    }

    private Hazard.Finding foundByStaff(Actor actor, Request r, Instant now) {
        if (r.enterpriseId() == null) {
            throw new RuleViolation("enterpriseId", "hazard.enterprise.required");
        }
        Enterprise e = enterprises.findById(r.enterpriseId()).filter(x -> policy.canRead(actor, x))
                .orElseThrow(() -> new RuleViolation("enterpriseId", "hazard.enterprise.unknown"));
        HazardGrade grade = r.grade();
        long departmentId;
        if (r.inspectionId() != null) {
            Inspection i = inspections.findById(r.inspectionId()).filter(x -> policy.canRead(actor, x))
                    .orElseThrow(() -> new RuleViolation("inspectionId", "hazard.inspection.unknown"));
            if (!i.getEnterpriseId().equals(e.getId())) {
                throw new RuleViolation("inspectionId", "hazard.inspection.otherEnterprise");
            }
            policy.requireCanAct(actor, i);
            if (r.checklistItemId() != null) {
                InspectionResult item = i.result(r.checklistItemId())
                        .orElseThrow(() -> new RuleViolation("checklistItemId", "hazard.checklistItem.unknown"));
                if (item.getResult() != CheckResult.FAIL) {
                    throw new RuleViolation("checklistItemId", "hazard.checklistItem.notFailed");
                }
                if (InspectionResult.MAJOR_HAZARD.equals(item.getProposedHazard())) {
                    grade = HazardGrade.MAJOR;
                }
            }
            departmentId = i.getDepartmentId();
        } else {
            policy.requireCanAct(actor, e);
            departmentId = policy.actingDepartmentId(actor, e);
        }
        HazardGuards.STAFF_ACTS.apply(actor, null).ifPresent(code -> {
            throw new cn.safety.enforcement.domain.OutOfJurisdiction(code);
        });
        return new Hazard.Finding(departmentId, e, r.inspectionId(), r.checklistItemId(), r.source(), grade,
                r.description(), r.place(), r.legalBasis(), r.internalNote(), actor.username(), now);
    }
}
