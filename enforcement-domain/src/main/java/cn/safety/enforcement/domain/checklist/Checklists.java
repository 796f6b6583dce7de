package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: where checklist versions are kept. Reads return each version with its items, in their order. */
public interface Checklists {

    /**
     * The lists an inspection of an enterprise of {@code sector} with {@code features} on {@code day} works through
     * without the inspector asking: the automatic lists (no industry) of that sector, without a feature or with one the
     * enterprise has, whose version applies that day. Ordered by code.
     */
    List<Checklist> inForce(Sector sector, Set<Feature> features, LocalDate day);

    /**
     * The sub-industry lists (工贸 细分行业) of {@code sector} in force on {@code day}, which an inspector may add to an
     * inspection by hand; every sector's when {@code sector} is null. Ordered by code.
     */
    List<Checklist> industryListsInForce(Sector sector, LocalDate day);

    Optional<Checklist> find(long id);

    /** Every version of the list {@code code}, newest first. */
    List<Checklist> versions(String code);

    /** The versions matching the filter (any when a part is null), ordered by code then newest version first. */
    List<Checklist> list(Sector sector, Feature feature, ChecklistStatus status, int limit);

    /**
     * Stores a new version at once, so that a second draft of the same list made meanwhile meets the unique key and is
     * refused with {@link cn.safety.enforcement.domain.Conflict} {@code checklist.draft.exists}.
     */
    Checklist add(Checklist checklist);

    Checklist save(Checklist checklist);

    /**
     * Stores a draft whose items changed, counting it as a change of the version itself (its lock goes up although
     * only item rows were written), so that a form filled in on the items seen before is refused as stale.
     */
    Checklist saveWithItems(Checklist checklist);
}
