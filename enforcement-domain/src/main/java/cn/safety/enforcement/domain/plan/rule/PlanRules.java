package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanFlag;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every rule of the key list, in the one place where they are listed, and how their reasons add up (002§(二)):
 * <ul>
 *   <li>any reason makes the enterprise a key enterprise (重点检查企业) with the base number of 全覆盖 inspections
 *       ({@value PlanParameters#BASE});</li>
 *   <li>any dynamic trigger adds the extra inspections ({@value PlanParameters#EXTRA}) once, however many apply
 *       (年度内检查次数至少增加一次);</li>
 *   <li>an item needing more than the province's yearly cap (国办发〔2024〕54号) is flagged {@link PlanFlag#OVER_CAP},
 *       never cut.</li>
 * </ul>
 * Later rules (a penalty for a major hazard within a year, the blacklist) are one more class
 * each in {@link #ALL}; raising {@link #VERSION} marks the items computed with the new list.
 */
public final class PlanRules {

    /** The version of this list, kept with the rule data's date on each item. */
    public static final String VERSION = "PLAN-RULES-2";

    public static final List<PlanRule> ALL = List.of(
            new HighRiskSectorWithHighRisk(),
            new FatalAccidentWithinYears(),
            new SuspendedRenovatingOrClosed(),
            new DutyFindingWithinYear(),
            new OverdueMajorHazard());

    private final List<PlanRule> rules;

    public PlanRules(List<PlanRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PlanRules all() {
        return new PlanRules(ALL);
    }

    /** What the rules make of one enterprise. */
    public record Assessment(boolean key, List<Reason> reasons, int requiredInspections, boolean dynamicTrigger,
                             List<String> flags) {
    }

    public Assessment assess(EnterpriseFacts facts, PlanParameters p) {
        List<Reason> reasons = new ArrayList<>(2);
        boolean dynamic = false;
        for (PlanRule rule : rules) {
            Optional<Reason> r = rule.reasonFor(facts, p);
            if (r.isPresent()) {
                reasons.add(r.get());
                dynamic |= rule.dynamic();
            }
        }
        if (reasons.isEmpty()) {
            return new Assessment(false, List.of(), 0, false, List.of());
        }
        int required = p.baseInspections().asInt() + (dynamic ? p.extraInspections().asInt() : 0);
        List<String> flags = p.cap().isPresent() && required > p.cap().get().asInt()
                ? List.of(PlanFlag.OVER_CAP) : List.of();
        return new Assessment(true, List.copyOf(reasons), required, dynamic, flags);
    }
}
