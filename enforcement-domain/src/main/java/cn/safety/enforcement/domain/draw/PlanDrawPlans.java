package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.plan.AddingDrawnEnterprises;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.Plans;
import cn.safety.enforcement.domain.plan.SpotCheckPool;
import org.springframework.stereotype.Component;

import java.util.List;

/** The draw's view of the annual plan: its department and year, its spot-check pool, and its spot-check items. */
@Component
class PlanDrawPlans implements DrawPlans {

    private final Plans plans;
    private final SpotCheckPool pool;
    private final AddingDrawnEnterprises adding;
    private final JurisdictionPolicy policy;

    PlanDrawPlans(Plans plans, SpotCheckPool pool, AddingDrawnEnterprises adding, JurisdictionPolicy policy) {
        this.plans = plans;
        this.pool = pool;
        this.adding = adding;
        this.policy = policy;
    }

    @Override
    public DrawnPlan plan(long planId, Actor actor) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound("Plan", planId));
        policy.requireCanRead(actor, plan);
        return new DrawnPlan(plan.getId(), plan.getDepartmentId(), plan.getYear());
    }

    @Override
    public List<DrawCandidate> poolOf(long planId, Actor actor) {
        return pool.poolOf(planId, actor).stream()
                .map(c -> new DrawCandidate(c.enterpriseId(), c.creditCode())).toList();
    }

    @Override
    public void addDrawn(long planId, long drawId, List<Long> enterpriseIds) {
        adding.add(planId, drawId, enterpriseIds);
    }
}
