package cn.safety.enforcement.domain.department;

/** A department was renamed. */
public record DepartmentRenamed(DepartmentSnapshot before, DepartmentSnapshot after) implements DepartmentChanged {
}
