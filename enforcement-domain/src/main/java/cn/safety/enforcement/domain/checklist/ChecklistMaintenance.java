package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

/**
 * Who maintains the checklists: they are national data taken from the ministry's standards, the same for everyone, so
 * (as for the working calendar) an admin of a province-level department (省级) drafts, edits, puts in force and retires
 * them; everybody signed in reads them, an entrusted organisation's users included, since they inspect with them.
 * Nothing here depends on territory, so {@link cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy} is not
 * asked.
 */
public final class ChecklistMaintenance {

    private ChecklistMaintenance() {
    }

    public static boolean mayMaintain(Actor actor) {
        return actor.has(Role.ADMIN) && !actor.entrusted() && actor.departmentLevel() == DivisionLevel.PROVINCE;
    }

    public static void requireMayMaintain(Actor actor) {
        if (!mayMaintain(actor)) {
            throw new OutOfJurisdiction("checklist.maintain.provinceAdminOnly");
        }
    }
}
