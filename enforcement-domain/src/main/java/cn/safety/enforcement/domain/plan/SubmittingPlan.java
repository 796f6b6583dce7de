package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 报批: the department submits its draft to the same-level government (003§(九): 报本级人民政府批准). */
@Service
@Transactional
public class SubmittingPlan {

    private final Plans plans;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;

    public SubmittingPlan(Plans plans, JurisdictionPolicy policy, ApplicationEventPublisher events) {
        this.plans = plans;
        this.policy = policy;
        this.events = events;
    }

    public Plan submit(Actor actor, long planId) {
        Plan plan = PlanCommand.loadToAct(plans, policy, actor, planId);
        PlanSubmitted submitted = plan.submit();
        plans.save(plan);
        events.publishEvent(submitted);
        return plan;
    }
}
