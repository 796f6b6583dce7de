package cn.safety.enforcement.domain.calendar;

/** How a legal period is counted: every calendar day (日), or working days only (工作日, e.g. 行政处罚法 第八十五条). */
public enum PeriodUnit {
    CALENDAR_DAYS, WORKING_DAYS
}
