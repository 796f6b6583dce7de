package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * 调整计划: a change after approval opens a new version as a draft, holding a copy of the approved version's items; the
 * approved version stays in force (and readable) until the new one is approved.
 */
@Service
@Transactional
public class RevisingPlan {

    private final Plans plans;
    private final PlanItems items;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RevisingPlan(Plans plans, PlanItems items, JurisdictionPolicy policy, ApplicationEventPublisher events,
                        Clock clock) {
        this.plans = plans;
        this.items = items;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public Plan openRevision(Actor actor, long planId) {
        Plan approved = PlanCommand.loadToAct(plans, policy, actor, planId);
        Plan revision = plans.add(approved.openRevision(clock.instant()));
        items.copy(approved, revision);
        events.publishEvent(PlanRevisionOpened.of(revision));
        return revision;
    }
}
