package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Rights;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Records the approval of a submitted plan: the approving body (the same-level government), its document number and
 * date, entered by a supervisor of the department. Approving a revision supersedes the version it revises.
 */
@Service
@Transactional
public class ApprovingPlan {

    private final Plans plans;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApprovingPlan(Plans plans, JurisdictionPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public Plan approve(Actor actor, long planId, String approvedBy, String documentNumber, LocalDate approvedOn) {
        Plan plan = PlanCommand.loadToAct(plans, policy, actor, planId);
        Rights.requireDecidesPlans(actor);
        Plan revised = plan.getRevisesId() == null ? null : plans.findById(plan.getRevisesId()).orElseThrow();
        PlanApproved approved = plan.approve(approvedBy, documentNumber, approvedOn, LocalDate.now(clock),
                revised == null ? null : revised.getId());
        if (revised != null && revised.getStatus() == PlanStatus.APPROVED) {
            revised.supersede();
            plans.save(revised);
        }
        plans.save(plan);
        events.publishEvent(approved);
        return plan;
    }
}
