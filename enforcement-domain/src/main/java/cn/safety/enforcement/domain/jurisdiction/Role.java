package cn.safety.enforcement.domain.jurisdiction;

/** 执法人员, 科室/部门负责人 and 法制审核人员, 系统管理员. A user may hold several. */
public enum Role {
    INSPECTOR, SUPERVISOR, ADMIN
}
