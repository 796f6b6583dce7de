package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: the progress of plans, counted in the database from the plan items and the inspections completed for them
 * (an inspection counts for an item when it was made for an item of the same department, year and enterprise, in any
 * version of the plan). {@code monthsPassed}: see {@link PlanProgress#monthsPassed}.
 */
public interface ProgressFigures {

    /**
     * The current plan of {@code year} of each department that has one, by department id: not superseded, the
     * approved version first, else the newest (as {@link Plans#current}).
     */
    Map<Long, PlanRef> currentPlans(Collection<Long> departmentIds, int year);

    /** The figures of each plan, by plan id. */
    Map<Long, PlanProgress.Figures> figures(Collection<Long> planIds, int monthsPassed);

    /** A page of a plan's items chosen by {@code filter}, ordered by id. */
    List<ItemProgress> items(long planId, ProgressFilter filter, int monthsPassed, Long afterId, int limit);

    /** A page of the items of a plan whose month is {@code month} (inspections required), ordered by id. */
    List<ItemProgress> ofMonth(long planId, int month, int monthsPassed, Long afterId, int limit);

    /**
     * The inspections {@code username} is named on that were begun in [{@code from}, {@code to}) or are still open,
     * within {@code scope}, newest first, at most {@code limit}.
     */
    List<NamedInspection> namedOn(String username, Scope scope, Instant from, Instant to, int limit);

    record PlanRef(long planId, PlanStatus status) {
    }
}
