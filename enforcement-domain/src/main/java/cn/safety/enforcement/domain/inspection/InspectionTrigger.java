package cn.safety.enforcement.domain.inspection;

/**
 * Why an unplanned inspection happens (002§(二)): 投诉举报, 转办交办, 监测预警, 事故, 临时性重点任务. Such inspections are not
 * limited by the plan or the cap, though they are counted and shown.
 */
public enum InspectionTrigger {
    COMPLAINT, TRANSFER, MONITORING_ALERT, ACCIDENT, TEMPORARY_TASK;

    /** An accident does not wait for approval: the inspection starts at once and is approved afterwards. */
    public boolean urgent() {
        return this == ACCIDENT;
    }
}
