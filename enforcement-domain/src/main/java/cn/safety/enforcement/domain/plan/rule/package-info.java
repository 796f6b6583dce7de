/** The rules that put an enterprise on a plan's key list, one small class each, listed in {@code PlanRules}. */
package cn.safety.enforcement.domain.plan.rule;
