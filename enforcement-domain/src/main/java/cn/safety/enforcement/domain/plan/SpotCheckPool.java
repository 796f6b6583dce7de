package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * 双随机、一公开: everyone of the department not on the plan's key list is in the spot-check pool, including the key
 * enterprises moved there (002§(二): 其他企业实行“双随机、一公开”执法抽查). Only the plan's own department draws from it.
 */
@Service
@Transactional(readOnly = true)
public class SpotCheckPool {

    private final Plans plans;
    private final PlanItems items;
    private final JurisdictionPolicy policy;

    public SpotCheckPool(Plans plans, PlanItems items, JurisdictionPolicy policy) {
        this.plans = plans;
        this.items = items;
        this.policy = policy;
    }

    /** The pool, ordered by credit code ascending. */
    public List<SpotCheckCandidate> poolOf(long planId, Actor actor) {
        Plan plan = PlanCommand.loadToAct(plans, policy, actor, planId);
        return items.spotCheckPool(plan);
    }
}
