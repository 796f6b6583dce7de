package cn.safety.enforcement.domain.division;

/** A division was renamed. */
public record DivisionRenamed(DivisionSnapshot before, DivisionSnapshot after, Long departmentId)
        implements DivisionChanged {
}
