package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

/**
 * Who records accidents and duty findings: the enforcement staff of the enterprise's department, inspectors (执法人员)
 * and supervisors (负责人). An admin or a legal reviewer who holds neither role reads them only. Where (which
 * enterprise) is for {@link cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy} to decide.
 */
public final class RecordingRights {

    private RecordingRights() {
    }

    public static boolean records(Actor actor) {
        return actor.has(Role.INSPECTOR) || actor.has(Role.SUPERVISOR);
    }

    public static void requireRecords(Actor actor) {
        if (!records(actor)) {
            throw new OutOfJurisdiction("accident.record.enforcementStaffOnly");
        }
    }
}
