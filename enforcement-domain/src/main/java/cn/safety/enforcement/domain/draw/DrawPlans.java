package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.jurisdiction.Actor;

import java.util.List;

/**
 * Port: the plan a draw belongs to, as the draw needs it: its department and year, its spot-check pool (everyone of the
 * department not on the key list), and where the drawn enterprises go (spot-check items of the plan).
 */
public interface DrawPlans {

    /** The plan's department and year, after the plan's own jurisdiction check for the actor. */
    DrawnPlan plan(long planId, Actor actor);

    /** The spot-check pool of the plan. */
    List<DrawCandidate> poolOf(long planId, Actor actor);

    /** The drawn enterprises join the plan as spot-check items naming the draw. */
    void addDrawn(long planId, long drawId, List<Long> enterpriseIds);

    record DrawnPlan(long planId, long departmentId, int year) {
    }
}
