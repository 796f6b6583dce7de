package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Rights;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 退回: a supervisor sends a submitted plan back to draft, with the reason. */
@Service
@Transactional
public class ReturningPlan {

    private final Plans plans;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;

    public ReturningPlan(Plans plans, JurisdictionPolicy policy, ApplicationEventPublisher events) {
        this.plans = plans;
        this.policy = policy;
        this.events = events;
    }

    public Plan sendBack(Actor actor, long planId, String reason) {
        Plan plan = PlanCommand.loadToAct(plans, policy, actor, planId);
        Rights.requireDecidesPlans(actor);
        PlanReturned returned = plan.sendBack(reason);
        plans.save(plan);
        events.publishEvent(returned);
        return plan;
    }
}
