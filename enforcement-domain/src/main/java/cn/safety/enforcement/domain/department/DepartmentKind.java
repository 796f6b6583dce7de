package cn.safety.enforcement.domain.department;

/**
 * 执法主体 (an enforcement department, to which enterprises are assigned) or 受委托组织 (an organisation, such as a
 * township government or a development zone's safety office, that enforces in a department's name under an
 * entrustment: nothing is ever assigned to it, and it never entrusts further).
 */
public enum DepartmentKind {
    ENFORCEMENT, ENTRUSTED_ORGANISATION
}
