package cn.safety.enforcement.domain.inspection;

/** 行政检查审批: a supervisor approved an unplanned inspection (before it started, or after an urgent start). */
public record InspectionApproved(InspectionSnapshot before, InspectionSnapshot after) implements InspectionChange {
}
