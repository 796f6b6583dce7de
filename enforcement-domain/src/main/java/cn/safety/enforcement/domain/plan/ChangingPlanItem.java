package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Rights;
import cn.safety.enforcement.domain.plan.rule.LawAbidingKeyEnterprise;
import cn.safety.enforcement.domain.plan.rule.PlanRules;
import cn.safety.enforcement.domain.rule.RuleParameters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A supervisor changes one item of a draft: its month, and/or moves a law-abiding key enterprise to the spot-check pool
 * with a reason ({@link LawAbidingKeyEnterprise}, decided on the enterprise's facts as they are now).
 */
@Service
@Transactional
public class ChangingPlanItem {

    private final Plans plans;
    private final PlanItems items;
    private final PlanFacts facts;
    private final RuleParameters rules;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ChangingPlanItem(Plans plans, PlanItems items, PlanFacts facts, RuleParameters rules,
                            JurisdictionPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.items = items;
        this.facts = facts;
        this.rules = rules;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** What is asked: a month, a move with its reason, on the item version the caller saw. */
    public record Change(Integer month, boolean moveToSpotCheck, String reason, Long version) {
    }

    public PlanItem change(Actor actor, long planId, long itemId, Change change) {
        Plan plan = PlanCommand.loadToAct(plans, policy, actor, planId);
        PlanItem item = items.findById(itemId).filter(i -> i.getPlanId() == planId)
                .orElseThrow(() -> new NotFound(PlanItemChange.AGGREGATE, itemId));
        Rights.requireDecidesPlans(actor);
        plan.requireEditable("changeItem");
        if (change.version() == null) {
            throw new RuleViolation("version", "plan.item.version.required");
        }
        StaleVersion.check(PlanItemChange.AGGREGATE, itemId, change.version(), item.getVersion());
        PlanItemChanged changed;
        if (change.moveToSpotCheck()) {
            requireLawAbiding(plan, item);
            changed = item.moveToSpotCheck(change.reason(), actor.username(), change.month());
        } else if (change.month() != null) {
            changed = item.reschedule(change.month());
        } else {
            throw new RuleViolation("month", "plan.item.nothingToChange");
        }
        items.save(item);
        events.publishEvent(changed);
        return item;
    }

    private void requireLawAbiding(Plan plan, PlanItem item) {
        if (item.getKind() != PlanItemKind.KEY) {
            throw new RuleViolation("moveToSpotCheck", "plan.move.keyOnly");
        }
        EnterpriseFacts f = facts.ofEnterprise(item.getEnterpriseId()).orElseThrow();
        PlanParameters p = PlanParameters.inForce(rules, plan.location().provinceCode(), LocalDate.now(clock));
        PlanRules.Assessment a = PlanRules.all().assess(f, p);
        LawAbidingKeyEnterprise.refusal(f, a, p).ifPresent(code -> {
            throw new RuleViolation("moveToSpotCheck", code);
        });
    }
}
