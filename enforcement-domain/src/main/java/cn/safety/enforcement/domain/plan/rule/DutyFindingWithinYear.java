package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.Reason;

import java.util.Optional;

/**
 * 002§(二): 主要负责人安全"红线"意识不牢、责任不落实 — a dynamic trigger when such a failure was recorded (duty finding)
 * within the last {@value PlanParameters#DUTY_FINDING_YEARS} years, ending on the day of generation.
 */
public final class DutyFindingWithinYear implements PlanRule {

    public static final String CODE = "DUTY_FINDING";

    @Override
    public boolean dynamic() {
        return true;
    }

    @Override
    public Optional<Reason> reasonFor(EnterpriseFacts f, PlanParameters p) {
        if (!p.withinYears(f.lastDutyFindingOn(), p.dutyFindingYears())) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "主要负责人安全“红线”意识不牢、责任不落实（认定于"
                + f.lastDutyFindingOn() + "）"));
    }
}
