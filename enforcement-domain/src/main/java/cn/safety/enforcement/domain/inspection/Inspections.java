package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where inspections are kept. */
public interface Inspections {

    Optional<Inspection> findById(Long id);

    Inspection save(Inspection inspection);

    /**
     * Stores a new inspection at once; a second open inspection of the same enterprise by the same department (two
     * starts at the same moment) is refused with a {@link cn.safety.enforcement.domain.Conflict}.
     */
    Inspection add(Inspection inspection);

    /** The department's open inspection (waiting for approval or in progress) of the enterprise, if any. */
    Optional<Inspection> openOf(long departmentId, long enterpriseId);

    /**
     * Newest started first (started_at, then id, both descending), {@code limit} inspections in scope after the one
     * with id {@code afterId} (keyset), optionally of one enterprise and started within [from, to).
     */
    List<Inspection> page(Scope scope, InspectionFilter filter, Long afterId, int limit);

    /** The unplanned inspections in scope still waiting for approval (before or after an urgent start), oldest first. */
    List<Inspection> awaitingApproval(Scope scope, int limit);

    /** The inspections in progress in scope of which {@code username} is one of the inspectors, newest started first. */
    List<Inspection> inProgressWith(Scope scope, String username, int limit);

    /**
     * 重复检查: how many inspections (any department, planned or not, not refused) of the enterprise started within
     * [from, to). One SQL count over the enterprise's index.
     */
    @cn.safety.enforcement.domain.jurisdiction.Unscoped("the 重复检查 alert counts every department's inspections of an "
            + "enterprise the caller may already act on; only the number is shown")
    long countOfEnterprise(long enterpriseId, Instant from, Instant to);

    /** The names of enterprises by id, for a page of inspections the caller may read (one query). */
    @cn.safety.enforcement.domain.jurisdiction.Unscoped("names of the enterprises of inspections already read in scope")
    List<NameOf> enterpriseNames(java.util.Collection<Long> enterpriseIds);

    /** An id with its name. */
    record NameOf(Long id, String name) {
    }

    /** The filter of the list. */
    record InspectionFilter(Long enterpriseId, Instant from, Instant to) {

        public static InspectionFilter none() {
            return new InspectionFilter(null, null, null);
        }
    }
}
