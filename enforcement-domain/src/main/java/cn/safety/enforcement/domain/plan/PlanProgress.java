package cn.safety.enforcement.domain.plan;

import java.time.LocalDate;

/**
 * 计划执行进度: how far one department has come with its plan of a year (002§(二): 重点检查企业 each inspected as
 * often as the plan requires, the 双随机 items drawn, each item in its month). Read from the department's current plan
 * (not superseded: the approved version, else the newest) and the inspections completed for its items; {@code planId}
 * is null when the department has no plan for the year.
 */
public record PlanProgress(long departmentId, String departmentName, String divisionCode, Long planId,
                           PlanStatus planStatus, Figures figures) {

    /**
     * The counts of a plan. {@code keyCovered}: key items with at least their required inspections completed;
     * {@code spotCheckDone}: the same of the spot-check items drawn; {@code overdue}: items whose month has passed
     * without a completed inspection; {@code items}/{@code itemsDone}: every item to inspect (required at least one).
     */
    public record Figures(long keyItems, long keyCovered, long spotCheckItems, long spotCheckDone, long overdue,
                          long items, long itemsDone, long completedInspections) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

        public Figures plus(Figures o) {
            return new Figures(keyItems + o.keyItems, keyCovered + o.keyCovered, spotCheckItems + o.spotCheckItems,
                    spotCheckDone + o.spotCheckDone, overdue + o.overdue, items + o.items, itemsDone + o.itemsDone,
                    completedInspections + o.completedInspections);
        }

        /** Key-enterprise coverage in whole percent, rounded down (never 100 before every key item is done). */
        public Integer keyCoveragePercent() {
            return keyItems == 0 ? null : (int) (keyCovered * 100 / keyItems);
        }
    }

    /**
     * How many months of {@code year} have ended on {@code today} (0 to 12): an item of month m is overdue once m is
     * among them, that is from the first day of the next month on.
     */
    public static int monthsPassed(int year, LocalDate today) {
        if (year < today.getYear()) {
            return 12;
        }
        if (year > today.getYear()) {
            return 0;
        }
        return today.getMonthValue() - 1;
    }
}
