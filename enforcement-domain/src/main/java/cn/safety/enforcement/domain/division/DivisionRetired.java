package cn.safety.enforcement.domain.division;

/** A division was retired (撤销): kept for the records that name it, no longer offered for new ones. */
public record DivisionRetired(DivisionSnapshot before, DivisionSnapshot after, Long departmentId)
        implements DivisionChanged {
}
