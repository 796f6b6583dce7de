package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;

import java.util.Comparator;
import java.util.Optional;

/** Loading a version for a command: the actor maintains checklists, it exists, and nobody changed it meanwhile. */
final class ChecklistCommand {

    private ChecklistCommand() {
    }

    static Checklist loadToChange(Checklists checklists, Actor actor, long id, Long seenVersion) {
        ChecklistMaintenance.requireMayMaintain(actor);
        Checklist checklist = checklists.find(id).orElseThrow(() -> new NotFound(ChecklistChange.AGGREGATE, id));
        if (seenVersion != null) {
            StaleVersion.check(ChecklistChange.AGGREGATE, id, seenVersion, checklist.getLockVersion());
        }
        return checklist;
    }

    /** The newest version of the list that has been put in force (retired or not), below {@code belowNumber}. */
    static Optional<Checklist> latestPutInForce(Checklists checklists, String code, int belowNumber) {
        return checklists.versions(code).stream()
                .filter(c -> c.getStatus() != ChecklistStatus.DRAFT && c.getVersion() < belowNumber)
                .max(Comparator.comparingInt(Checklist::getVersion));
    }
}
