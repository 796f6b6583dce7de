package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.Reason;

import java.util.Optional;

/**
 * One reason for which an enterprise is on the key list (重点检查企业, 002§(二)). A rule either puts the enterprise on
 * the list for its 全覆盖 inspection, or is a dynamic trigger (动态检查), which also adds at least one inspection. A new
 * rule is one more class listed in {@link PlanRules#ALL}.
 */
public interface PlanRule {

    /** Whether the rule is a dynamic trigger: 在正常执法计划的基础上实施动态检查，年度内检查次数至少增加一次. */
    boolean dynamic();

    /** The reason, naming the facts and values used, when the rule applies to the enterprise. */
    Optional<Reason> reasonFor(EnterpriseFacts facts, PlanParameters parameters);
}
