package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

/**
 * Who records at the site (results, evidence, signatures, the refusal to sign, completion): an inspector named on the
 * inspection, or a supervisor (负责人) of the inspecting department. Where (the department's jurisdiction) is
 * {@link InspectionAccess}'s to decide first.
 */
public final class SiteRecordingPolicy {

    private SiteRecordingPolicy() {
    }

    public static boolean mayRecord(Actor actor, Inspection inspection) {
        return inspection.namesInspector(actor.username())
                || actor.has(Role.SUPERVISOR) && actor.departmentId() == inspection.getDepartmentId();
    }

    public static void require(Actor actor, Inspection inspection) {
        if (!mayRecord(actor, inspection)) {
            throw new OutOfJurisdiction("inspection.site.namedInspectorsOnly");
        }
    }
}
