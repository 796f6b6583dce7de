/** The rules that put an enterprise on a plan's key list, one small class each, listed in {@link cn.safety.enforcement.domain.plan.rule.PlanRules}. */
package cn.safety.enforcement.domain.plan.rule;
