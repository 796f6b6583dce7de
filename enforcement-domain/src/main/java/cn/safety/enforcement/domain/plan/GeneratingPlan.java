package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.plan.rule.LawAbidingKeyEnterprise;
import cn.safety.enforcement.domain.plan.rule.PlanRules;
import cn.safety.enforcement.domain.rule.RuleParameters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates a draft's key list: for every enterprise of the plan's department (and only those), the rules of
 * {@link PlanRules} decide whether it is a key enterprise, why, and how many inspections it needs; the facts are read
 * for the whole department at once and the items written in batches.
 * <p>Generating again keeps what was decided by hand on the items of the enterprises still on the list: a month set by
 * hand, and a move to spot checks as long as the enterprise is still law-abiding (otherwise the item is key again and
 * flagged {@link PlanFlag#MOVE_UNDONE}). Drawn and added items are left as they are. Other items get a month spread
 * over the year by enterprise id, to be adjusted.
 */
@Service
@Transactional
public class GeneratingPlan {

    private final Plans plans;
    private final PlanItems items;
    private final PlanFacts facts;
    private final RuleParameters rules;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public GeneratingPlan(Plans plans, PlanItems items, PlanFacts facts, RuleParameters rules,
                          JurisdictionPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.items = items;
        this.facts = facts;
        this.rules = rules;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    private static final System.Logger LOG = System.getLogger(GeneratingPlan.class.getName());

    public Plan generate(Actor actor, long planId) {
        long start = System.nanoTime();
        Plan plan = PlanCommand.loadToAct(plans, policy, actor, planId);
        plan.requireEditable("generate");
        PlanParameters p = PlanParameters.inForce(rules, plan.location().provinceCode(), LocalDate.now(clock));
        String ruleSet = p.ruleSet(PlanRules.VERSION);
        PlanRules planRules = PlanRules.all();
        Map<Long, PlanItems.KeptDecision> kept = items.keptDecisions(plan.getId());
        List<PlanItems.NewItem> generated = new ArrayList<>();
        int flagged = 0;
        List<EnterpriseFacts> all = facts.ofDepartment(plan.getDepartmentId());
        long read = System.nanoTime();
        for (EnterpriseFacts f : all) {
            PlanRules.Assessment a = planRules.assess(f, p);
            if (!a.key()) {
                continue;
            }
            PlanItems.NewItem item = item(f, a, p, kept.get(f.enterpriseId()), ruleSet);
            if (!item.flags().isEmpty()) {
                flagged++;
            }
            generated.add(item);
        }
        long assessed = System.nanoTime();
        items.replaceGenerated(plan, generated);
        LOG.log(System.Logger.Level.INFO, "plan {0}: {1} enterprises read in {2} ms, assessed in {3} ms, {4} items"
                        + " written in {5} ms", plan.getId(), all.size(), (read - start) / 1_000_000,
                (assessed - read) / 1_000_000, generated.size(), (System.nanoTime() - assessed) / 1_000_000);
        PlanGenerated event = plan.recordGeneration(ruleSet, generated.size(), flagged, clock.instant());
        plans.save(plan);
        events.publishEvent(event);
        return plan;
    }

    private static PlanItems.NewItem item(EnterpriseFacts f, PlanRules.Assessment a, PlanParameters p,
                                          PlanItems.KeptDecision kept, String ruleSet) {
        boolean byHand = kept != null && kept.monthSetByHand() && kept.month() != null;
        int month = byHand ? kept.month() : defaultMonth(f.enterpriseId());
        if (kept != null && kept.movedReason() != null) {
            if (LawAbidingKeyEnterprise.refusal(f, a, p).isEmpty()) {
                List<Reason> reasons = new ArrayList<>(a.reasons());
                reasons.add(new Reason(PlanItem.MOVED, "守法守信的重点检查企业纳入执法抽查：" + kept.movedReason()));
                return new PlanItems.NewItem(f.enterpriseId(), PlanItemKind.SPOT_CHECK, reasons, 0, month, byHand,
                        List.of(), kept.movedReason(), kept.movedBy(), ruleSet);
            }
            List<String> flags = new ArrayList<>(a.flags());
            flags.add(PlanFlag.MOVE_UNDONE);
            return new PlanItems.NewItem(f.enterpriseId(), PlanItemKind.KEY, a.reasons(), a.requiredInspections(),
                    month, byHand, flags, null, null, ruleSet);
        }
        return new PlanItems.NewItem(f.enterpriseId(), PlanItemKind.KEY, a.reasons(), a.requiredInspections(), month,
                byHand, a.flags(), null, null, ruleSet);
    }

    /** Spreads the items over the twelve months, the same month for the same enterprise on every generation. */
    static int defaultMonth(long enterpriseId) {
        return (int) Math.floorMod(enterpriseId, 12L) + 1;
    }
}
