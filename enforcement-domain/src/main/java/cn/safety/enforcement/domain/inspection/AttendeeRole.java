package cn.safety.enforcement.domain.inspection;

/** Who of the enterprise is present (R4): 主要负责人, 安全管理人员, 岗位操作员工. */
public enum AttendeeRole {
    MAIN_RESPONSIBLE, SAFETY_MANAGER, OPERATOR
}
