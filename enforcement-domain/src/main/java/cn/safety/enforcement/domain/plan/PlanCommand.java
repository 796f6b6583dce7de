package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;

/** Loading a plan for a command: it exists, the actor sees it and acts for its department. */
final class PlanCommand {

    private PlanCommand() {
    }

    static Plan loadToAct(Plans plans, JurisdictionPolicy policy, Actor actor, long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound(PlanChange.AGGREGATE, planId));
        policy.requireCanAct(actor, plan);
        return plan;
    }

    static Plan loadToRead(Plans plans, JurisdictionPolicy policy, Actor actor, long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound(PlanChange.AGGREGATE, planId));
        policy.requireCanRead(actor, plan);
        return plan;
    }
}
