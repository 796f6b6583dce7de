package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Reading the checklists: national data, open to every signed-in user (an entrusted organisation's too), whatever their
 * department; only maintaining them is reserved ({@link ChecklistMaintenance}).
 */
@Service
@Transactional(readOnly = true)
public class ReadingChecklists {

    /** More versions than the national standards will ever have; the list page shows them all. */
    public static final int LIST_LIMIT = 1000;

    private final Checklists checklists;
    private final Clock clock;

    public ReadingChecklists(Checklists checklists, Clock clock) {
        this.checklists = checklists;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A version to edit: only for those who maintain the checklists. */
    public Checklist getToEdit(Actor actor, long id) {
        ChecklistMaintenance.requireMayMaintain(actor);
        return get(id);
    }

    public Checklist get(long id) {
        return checklists.find(id).orElseThrow(() -> new NotFound(ChecklistChange.AGGREGATE, id));
    }

    /** Every version of the list the version {@code id} belongs to, newest first. */
    public List<Checklist> versionsOf(Checklist checklist) {
        return checklists.versions(checklist.getCode());
    }

    public List<Checklist> list(Sector sector, Feature feature, ChecklistStatus status) {
        return checklists.list(sector, feature, status, LIST_LIMIT);
    }

    /**
     * The lists that apply on {@code day}: for a sector, its automatic lists (for the enterprise's {@code features})
     * followed by the sub-industry lists an inspector may add; without a sector, every list in force.
     */
    public List<Checklist> inForce(Sector sector, Set<Feature> features, LocalDate day) {
        if (sector != null) {
            List<Checklist> found = new ArrayList<>(checklists.inForce(sector, features, day));
            found.addAll(checklists.industryListsInForce(sector, day));
            return found;
        }
        Map<Long, Checklist> all = new LinkedHashMap<>();
        for (Sector s : Sector.values()) {
            checklists.inForce(s, EnumSet.allOf(Feature.class), day).forEach(c -> all.putIfAbsent(c.getId(), c));
        }
        List<Checklist> found = new ArrayList<>(all.values());
        found.sort(Comparator.comparing(Checklist::getCode));
        found.addAll(checklists.industryListsInForce(null, day));
        return found;
    }

    public boolean mayMaintain(Actor actor) {
        return ChecklistMaintenance.mayMaintain(actor);
    }
}
