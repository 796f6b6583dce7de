package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a hazard the actor may take now: the territory ({@link JurisdictionPolicy}), the guard of the step
 * ({@link HazardGuards}) and the hazard's state and grade, asked the same way the use cases ask them. Pages offer only
 * these; the use cases check again when the step is taken.
 */
@Component
public class HazardSteps {

    private final JurisdictionPolicy policy;
    private final cn.safety.enforcement.domain.department.Departments departments;

    public HazardSteps(JurisdictionPolicy policy, cn.safety.enforcement.domain.department.Departments departments) {
        this.policy = policy;
        this.departments = departments;
    }

    public Set<HazardStep> allowed(Actor actor, Hazard h, LocalDate today) {
        Set<HazardStep> steps = EnumSet.noneOf(HazardStep.class);
        HazardStatus s = h.getStatus();
        boolean listed = h.getSupervisedByDepartmentId() != null;
        if (!s.open()) {
            if (listed && h.supervision().filter(x -> !x.lifted()).isPresent()
                    && SupervisionRights.liftRefusal(actor, h).isEmpty()) {
                steps.add(HazardStep.LIFT_SUPERVISION);
            }
            return steps;
        }
        if (!listed && (h.getGrade() == HazardGrade.MAJOR || h.isOverdue()) && departments.findById(
                h.getDepartmentId()).filter(d -> SupervisionRights.supervises(actor, d)).isPresent()) {
            steps.add(HazardStep.SUPERVISE);
        }
        boolean staff = policy.canAct(actor, h) && HazardGuards.STAFF_ACTS.apply(actor, h).isEmpty();
        boolean forEnterprise = policy.canActForEnterprise(actor, h)
                && (actor.isEnterprise() || HazardGuards.STAFF_ACTS.apply(actor, h).isEmpty());
        boolean supervisor = policy.canAct(actor, h) && HazardGuards.SUPERVISOR_DECIDES.apply(actor, h).isEmpty();
        boolean major = h.getGrade() == HazardGrade.MAJOR;
        if (staff) {
            if (s.canMoveTo(HazardStatus.ORDERED)) {
                steps.add(HazardStep.ORDER);
            }
            if (s == HazardStatus.FOUND && !major) {
                steps.add(HazardStep.ON_THE_SPOT);
            }
            if (s.awaitingRecheck()) {
                steps.add(HazardStep.VERIFY);
            }
            if (major && !h.isOnsiteMeasuresInForce()) {
                steps.add(HazardStep.ONSITE_MEASURES);
            }
            if (major && h.getGradeChangeTo() == null) {
                steps.add(HazardStep.GRADE_LOWER);
            }
        }
        if (forEnterprise) {
            if (s == HazardStatus.ORDERED) {
                steps.add(HazardStep.PLAN);
            }
            if (s == HazardStatus.RECTIFYING) {
                steps.add(HazardStep.REPORT);
            }
            if (s == HazardStatus.REPORTED && major) {
                steps.add(HazardStep.ACCEPTANCE);
            }
            if (s.underOrder() && h.pendingExtension().isEmpty() && h.getDueOn() != null
                    && !today.isAfter(h.getDueOn())) {
                steps.add(HazardStep.EXTENSION_APPLY);
            }
        }
        if (staff || forEnterprise) {
            steps.add(HazardStep.EVIDENCE);
        }
        if (supervisor) {
            if (s.underOrder() && h.pendingExtension().isPresent()) {
                steps.add(HazardStep.EXTENSION_DECIDE);
            }
            if (h.isOnsiteMeasuresInForce()) {
                steps.add(HazardStep.ONSITE_LIFT);
            }
            if (h.getGradeChangeTo() != null && s != HazardStatus.ACCEPTANCE_REPORTED) {
                steps.add(HazardStep.GRADE_DECIDE);
            }
        }
        return steps;
    }
}
