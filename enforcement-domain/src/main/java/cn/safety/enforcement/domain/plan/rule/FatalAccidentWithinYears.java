package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.Reason;

import java.util.Optional;

/**
 * 002§(二): 近三年内曾发生生产安全亡人事故 — a dynamic trigger. The window in years is the rule value
 * {@value PlanParameters#FATAL_ACCIDENT_YEARS}, ending on the day of generation.
 */
public final class FatalAccidentWithinYears implements PlanRule {

    public static final String CODE = "FATAL_ACCIDENT";

    @Override
    public boolean dynamic() {
        return true;
    }

    @Override
    public Optional<Reason> reasonFor(EnterpriseFacts f, PlanParameters p) {
        if (!p.withinYears(f.lastFatalAccidentOn(), p.fatalAccidentYears())) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "近" + p.fatalAccidentYears().asInt() + "年内发生生产安全亡人事故（"
                + f.lastFatalAccidentOn() + "）"));
    }
}
