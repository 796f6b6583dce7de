package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

/**
 * Who attaches and withdraws evidence: the enforcement staff of the owner's department, inspectors (执法人员) and
 * supervisors (负责人). Everyone who reads the owner reads its evidence. Where is for
 * {@link cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy} to decide.
 */
public final class EvidenceRights {

    private EvidenceRights() {
    }

    public static boolean attaches(Actor actor) {
        return actor.has(Role.INSPECTOR) || actor.has(Role.SUPERVISOR);
    }

    public static void requireAttaches(Actor actor) {
        if (!attaches(actor)) {
            throw new OutOfJurisdiction("evidence.enforcementStaffOnly");
        }
    }
}
