package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The enterprises a 双随机 draw selected join the plan as spot-check items (reason code {@value #DRAWN}, naming the
 * draw), whatever the plan's status: the draw is run on the plan in force. Called by the draw once its result is fixed;
 * the draw has checked the actor's jurisdiction. Every enterprise must come from the plan's pool. One event for the
 * whole draw.
 */
@Service
@Transactional
public class AddingDrawnEnterprises {

    public static final String DRAWN = "DRAWN";

    private final Plans plans;
    private final PlanItems items;
    private final ApplicationEventPublisher events;

    public AddingDrawnEnterprises(Plans plans, PlanItems items, ApplicationEventPublisher events) {
        this.plans = plans;
        this.items = items;
        this.events = events;
    }

    public int add(long planId, long drawId, List<Long> enterpriseIds) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound(PlanChange.AGGREGATE, planId));
        List<Long> ids = enterpriseIds.stream().distinct().toList();
        List<Long> outside = items.notInPool(plan, ids);
        if (!outside.isEmpty()) {
            throw new RuleViolation("enterpriseIds", "plan.drawn.notInPool", outside.get(0));
        }
        PlanSnapshot before = plan.snapshot();
        int written = items.addDrawn(plan, drawId, ids, new Reason(DRAWN, "双随机抽查：第" + drawId + "号抽取选中"));
        events.publishEvent(new DrawnEnterprisesAdded(before, plan.snapshot(), drawId, written));
        return written;
    }
}
