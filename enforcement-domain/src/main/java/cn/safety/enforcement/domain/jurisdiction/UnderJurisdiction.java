package cn.safety.enforcement.domain.jurisdiction;

/** Anything assigned to exactly one enforcement department, which alone may act on it. */
public interface UnderJurisdiction {

    long assignedDepartmentId();
}
