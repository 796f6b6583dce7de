package cn.safety.enforcement.domain.division;

/** A division was added below its parent. */
public record DivisionEstablished(DivisionSnapshot after, Long departmentId) implements DivisionChanged {

    @Override
    public DivisionSnapshot before() {
        return null;
    }
}
