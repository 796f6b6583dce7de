package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where hazards are kept. */
public interface Hazards {

    Optional<Hazard> findById(Long id);

    Hazard save(Hazard hazard);

    /**
     * Stores a new hazard at once; a second hazard for the same failed item of one inspection is refused with a
     * {@link cn.safety.enforcement.domain.Conflict}.
     */
    Hazard add(Hazard hazard);

    /** Newest first (id descending), {@code limit} hazards in scope after the one with id {@code afterId} (keyset). */
    List<Hazard> page(Scope scope, HazardFilter filter, Long afterId, int limit);

    /**
     * The same for the account of an enterprise: only that enterprise's hazards (its own records, 000§(八)), whatever
     * department they are under.
     */
    @cn.safety.enforcement.domain.jurisdiction.Unscoped("an enterprise's own hazards, read by that enterprise's"
            + " account; the caller passes the actor's own enterprise id")
    List<Hazard> pageOfEnterprise(long enterpriseId, HazardFilter filter, Long afterId, int limit);

    /** The names of enterprises by id, for a page of hazards the caller may read (one query). */
    @cn.safety.enforcement.domain.jurisdiction.Unscoped("names of the enterprises of hazards already read in scope")
    List<NameOf> enterpriseNames(Collection<Long> enterpriseIds);

    /** An id with its name. */
    record NameOf(Long id, String name) {
    }

    /**
     * The filter of the list: each part optional. {@code dueFrom}/{@code dueTo} bound the deadline (both included);
     * {@code departmentId} narrows within the scope, never widens it; {@code sector} is the enterprise's.
     */
    record HazardFilter(HazardStatus state, HazardGrade grade, Boolean overdue, Long enterpriseId, Long departmentId,
                        LocalDate dueFrom, LocalDate dueTo, cn.safety.enforcement.domain.enterprise.Sector sector) {

        public HazardFilter(HazardStatus state, HazardGrade grade, Boolean overdue, Long enterpriseId,
                            Long departmentId, LocalDate dueFrom, LocalDate dueTo) {
            this(state, grade, overdue, enterpriseId, departmentId, dueFrom, dueTo, null);
        }

        public static HazardFilter none() {
            return new HazardFilter(null, null, null, null, null, null, null, null);
        }
    }
}
