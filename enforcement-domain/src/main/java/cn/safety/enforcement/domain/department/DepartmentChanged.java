package cn.safety.enforcement.domain.department;

/**
 * A department was established or renamed: what is kept of the departments (the scopes, the names on the pages) is
 * out of date once the change is committed.
 */
public record DepartmentChanged(long departmentId) {
}
