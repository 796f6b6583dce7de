package cn.safety.enforcement.domain.department;

import cn.safety.enforcement.domain.audit.RecordedChange;

/**
 * A department was established or renamed. The record keeps it with the department itself; what is kept of the
 * departments (the scopes, the names on the pages) is out of date once the change is committed.
 */
public interface DepartmentChanged extends RecordedChange {

    String AGGREGATE = "Department";

    @Override
    DepartmentSnapshot after();

    @Override
    default String aggregateType() {
        return AGGREGATE;
    }

    @Override
    default Object aggregateId() {
        return after() == null ? null : after().id();
    }

    @Override
    default Long departmentId() {
        return after() == null ? null : after().id();
    }
}
