package cn.safety.enforcement.domain.division;

/** A division was reinstated. */
public record DivisionReinstated(DivisionSnapshot before, DivisionSnapshot after, Long departmentId)
        implements DivisionChanged {
}
