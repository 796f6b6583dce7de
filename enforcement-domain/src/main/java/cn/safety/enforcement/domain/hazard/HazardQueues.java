package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.time.LocalDate;
import java.util.List;

/** Port: the hazards that wait for someone, for the to-do list of the start page. Each list is scoped in SQL. */
public interface HazardQueues {

    /**
     * Open hazards in scope whose running deadline falls on or before {@code until}: the enterprise's deadline under
     * order ({@code due_on}) or the department's re-check once reported ({@code recheck_due_on}); the {@code limit}
     * soonest (the most overdue first), whatever the order in which they were recorded.
     */
    List<Hazard> deadlinesBy(Scope scope, LocalDate until, int limit);

    /** Open hazards in scope with a decision waiting: an extension applied for, or the lowering of a grade asked. */
    List<Hazard> awaitingDecision(Scope scope, int limit);

    /**
     * Open hazards of the departments below (in scope, not {@code ownDepartmentId}) that are major or overdue and not
     * yet listed for supervision: what the department above may list (挂牌督办), newest first.
     */
    List<Hazard> majorOrOverdueBelow(Scope scope, long ownDepartmentId, int limit);

    /** The open hazards of one enterprise, for its own account: newest first. */
    @cn.safety.enforcement.domain.jurisdiction.Unscoped("an enterprise's own open hazards, read by that enterprise's"
            + " account; the caller passes the actor's own enterprise id")
    List<Hazard> openOfEnterprise(long enterpriseId, int limit);
}
