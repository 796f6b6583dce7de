package cn.safety.enforcement.domain.department;

/** A department (执法主体) was established in a division. */
public record DepartmentEstablished(DepartmentSnapshot after) implements DepartmentChanged {

    public static DepartmentEstablished of(Department established) {
        return new DepartmentEstablished(established.snapshot());
    }

    @Override
    public DepartmentSnapshot before() {
        return null;
    }
}
