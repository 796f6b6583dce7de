package cn.safety.enforcement.domain.notification;

/**
 * Why a person is notified: a hazard's rectification deadline passed (逾期), a hazard of the department below was
 * escalated to the reader's department, the department's own re-check deadline passed, the department above listed a
 * hazard under 挂牌督办 or lifted it (摘牌).
 */
public enum NotificationKind {
    HAZARD_OVERDUE, HAZARD_ESCALATED, RECHECK_OVERDUE, HAZARD_SUPERVISED, SUPERVISION_LIFTED
}
