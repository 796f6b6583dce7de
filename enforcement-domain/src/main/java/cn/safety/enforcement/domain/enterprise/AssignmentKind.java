package cn.safety.enforcement.domain.enterprise;

/**
 * How an enterprise came to its department: 初始确定, 调整管辖 (by an admin), 提级管辖 (taken over by a higher level),
 * 指定管辖 (designated by the common upper department of a dispute, with the designating document's number).
 */
public enum AssignmentKind {
    INITIAL, REASSIGNED, TAKEN_OVER, DESIGNATION
}
