package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.rule.RuleParameters;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule data in force for one generation: for the department's province, on the day the plan is generated. The
 * rule-set version kept on each item names the rules' version and the latest effective date among the values used.
 *
 * @param today the day of generation; the look-back windows (three years, one year) end on it
 * @param cap   the province's yearly per-enterprise inspection cap (国办发〔2024〕54号), empty where none is set
 */
public record PlanParameters(LocalDate today, RuleValue baseInspections, RuleValue extraInspections,
                             RuleValue fatalAccidentYears, RuleValue dutyFindingYears, RuleValue accidentFreeYears,
                             Optional<RuleValue> cap) {

    public static final String BASE = "plan.key.base-inspections";
    public static final String EXTRA = "plan.trigger.extra-inspections";
    public static final String FATAL_ACCIDENT_YEARS = "plan.trigger.fatal-accident-years";
    public static final String DUTY_FINDING_YEARS = "plan.trigger.duty-finding-years";
    public static final String ACCIDENT_FREE_YEARS = "plan.law-abiding.accident-free-years";
    public static final String CAP = "plan.inspection-cap";
    public static final String APPROVAL_DEADLINE = "plan.approval-deadline";

    public static PlanParameters inForce(RuleParameters rules, String provinceCode, LocalDate today) {
        return new PlanParameters(today, rules.require(BASE, provinceCode, today),
                rules.require(EXTRA, provinceCode, today), rules.require(FATAL_ACCIDENT_YEARS, provinceCode, today),
                rules.require(DUTY_FINDING_YEARS, provinceCode, today),
                rules.require(ACCIDENT_FREE_YEARS, provinceCode, today), rules.valueAt(CAP, provinceCode, today));
    }

    /** {@code PlanRules.VERSION/yyyy-mm-dd}: the rules' version and the newest rule value they used. */
    public String ruleSet(String rulesVersion) {
        LocalDate newest = Stream.concat(Stream.of(baseInspections, extraInspections, fatalAccidentYears,
                        dutyFindingYears, accidentFreeYears), cap.stream())
                .map(RuleValue::effectiveFrom).max(LocalDate::compareTo).orElseThrow();
        return rulesVersion + "/" + newest;
    }

    /** Whether {@code day} lies within the last {@code years} years up to today (both days included). */
    public boolean withinYears(LocalDate day, RuleValue years) {
        return day != null && !day.isAfter(today) && !day.isBefore(today.minusYears(years.asInt()));
    }
}
