/** Law as data: the legal numbers (days, ratios, thresholds) with the date from which each is in force, per province. */
package cn.safety.enforcement.domain.rule;
