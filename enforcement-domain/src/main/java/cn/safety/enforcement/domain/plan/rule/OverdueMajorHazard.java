package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.Reason;

import java.util.Optional;

/**
 * 002§(二): 存在重大事故隐患未按期整改销号 — a dynamic trigger while the enterprise has an open major hazard whose
 * deadline passed unrectified (the overdue job marked it 逾期未整改); the reason names the earliest such deadline. It
 * ends when the hazard is closed (销号).
 */
public final class OverdueMajorHazard implements PlanRule {

    public static final String CODE = "OVERDUE_MAJOR_HAZARD";

    @Override
    public boolean dynamic() {
        return true;
    }

    @Override
    public Optional<Reason> reasonFor(EnterpriseFacts f, PlanParameters p) {
        if (f.overdueMajorHazardDueOn() == null) {
            return Optional.empty();
        }
        return Optional.of(new Reason(CODE, "存在重大事故隐患未按期整改销号（整改期限" + f.overdueMajorHazardDueOn()
                + "）"));
    }
}
