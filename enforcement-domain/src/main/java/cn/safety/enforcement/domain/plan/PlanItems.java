package cn.safety.enforcement.domain.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: where plan items are kept; generation and draws write them in bulk. */
public interface PlanItems {

    Optional<PlanItem> findById(Long id);

    PlanItem save(PlanItem item);

    /** Stores a new item at once; an item of the same enterprise in the plan is refused with a Conflict. */
    PlanItem add(PlanItem item);

    /** One page of a plan's items, ordered by id, optionally of one kind. */
    List<PlanItemRow> page(long planId, PlanItemKind kind, Long afterId, int limit);

    /** The items of a plan whose month is {@code month}, ordered by id. */
    List<PlanItemRow> ofMonth(long planId, int month, Long afterId, int limit);

    /**
     * The department of another plan (not superseded) of {@code year} that already holds the enterprise, if any:
     * the 多层重复执法 check.
     */
    Optional<Long> plannedElsewhere(long enterpriseId, int year, long planId);

    boolean holds(long planId, long enterpriseId);

    /** What was decided by hand on the generated items of a plan, by enterprise id: kept by a new generation. */
    Map<Long, KeptDecision> keptDecisions(long planId);

    /** Replaces the generated items of a draft (those not drawn) by {@code items}, written in batches. */
    void replaceGenerated(Plan plan, List<NewItem> items);

    /** Copies every item of {@code from} into the new version {@code to}. */
    void copy(Plan from, Plan to);

    /**
     * The drawn enterprises become spot-check items of the plan (an item already there, such as a moved key
     * enterprise, gets the draw added to it). Returns the number of items written.
     */
    int addDrawn(Plan plan, long drawId, List<Long> enterpriseIds, Reason reason);

    /** The department's enterprises not on the plan's key list (including those moved to spot checks). */
    List<SpotCheckCandidate> spotCheckPool(Plan plan);

    /** Of {@code enterpriseIds}, those that are not enterprises of the department or that are key items of the plan. */
    List<Long> notInPool(Plan plan, List<Long> enterpriseIds);

    long count(long planId, PlanItemKind kind);

    /** A manual decision kept across generations. */
    record KeptDecision(long enterpriseId, Integer month, boolean monthSetByHand, String movedReason, String movedBy) {
    }

    /** A generated item to write. */
    record NewItem(long enterpriseId, PlanItemKind kind, List<Reason> reasons, int requiredInspections, int month,
                   boolean monthSetByHand, List<String> flags, String movedReason, String movedBy, String ruleSet) {
    }
}
