package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

/**
 * Who issues documents: the enforcement staff of the subject's department, inspectors (执法人员) and supervisors
 * (负责人). Admins set number patterns but do not issue. Where is for the jurisdiction policy to decide.
 */
public final class IssuingRights {

    private IssuingRights() {
    }

    public static boolean issues(Actor actor) {
        return actor.has(Role.INSPECTOR) || actor.has(Role.SUPERVISOR);
    }

    public static void requireIssues(Actor actor) {
        if (!issues(actor)) {
            throw new OutOfJurisdiction("document.issue.enforcementStaffOnly");
        }
    }
}
