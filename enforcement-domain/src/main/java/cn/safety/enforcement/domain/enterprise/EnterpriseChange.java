package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one enterprise: the entry belongs to the department that holds it after the change. */
public interface EnterpriseChange extends RecordedChange {

    String AGGREGATE = "Enterprise";

    @Override
    EnterpriseSnapshot after();

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
        return after() == null ? null : after().departmentId();
    }
}
