package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where inspections are kept. */
public interface Inspections {

    Optional<Inspection> findById(Long id);

    Inspection save(Inspection inspection);

    /** Saves and flushes at once, so that a concurrent change is told as a stale version inside the command. */
    Inspection saveAndFlush(Inspection inspection);

    /**
     * Newest started first (started_at, then id, both descending), {@code limit} inspections in scope after the one
     * with id {@code afterId} (keyset), optionally of one enterprise and started within [from, to).
     */
    List<Inspection> page(Scope scope, InspectionFilter filter, Long afterId, int limit);

    /** The unplanned inspections in scope still waiting for approval (before or after an urgent start), oldest first. */
    List<Inspection> awaitingApproval(Scope scope, int limit);

    /**
     * 重复检查: how many inspections (any department, planned or not, not refused) of the enterprise started within
     * [from, to). One SQL count over the enterprise's index.
     */
    @cn.safety.enforcement.domain.jurisdiction.Unscoped("the 重复检查 alert counts every department's inspections of an "
            + "enterprise the caller may already act on; only the number is shown")
    long countOfEnterprise(long enterpriseId, Instant from, Instant to);

    /** The filter of the list. */
    record InspectionFilter(Long enterpriseId, Instant from, Instant to) {

        public static InspectionFilter none() {
            return new InspectionFilter(null, null, null);
        }
    }
}
