package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;

import java.util.Optional;

/**
 * 重复检查 (国办发〔2024〕54号: 年度涉企行政检查频次上限): the enterprise's inspections this year by any department,
 * compared with the province's yearly cap ({@code plan.inspection-cap}, where the province sets one). At or above the
 * cap a new inspection shows a warning; a planned one is started only once the warning is acknowledged, an unplanned
 * one (002§(二): not limited by the cap) is counted and shown without asking.
 *
 * @param count inspections of the enterprise started this year (not refused), before this one
 * @param cap   the cap in force, with its source
 */
public record RepeatInspectionAlert(long count, RuleValue cap) {

    /** The alert when the count has reached the cap; empty when there is no cap or it is not reached. */
    public static Optional<RepeatInspectionAlert> check(long count, Optional<RuleValue> cap) {
        return cap.filter(c -> count >= c.asInt()).map(c -> new RepeatInspectionAlert(count, c));
    }

    /** Whether starting needs the acknowledgement: only planned inspections are limited by the cap. */
    public boolean needsAcknowledgement(boolean planned) {
        return planned;
    }
}
