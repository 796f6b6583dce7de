package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one entrustment: the entry belongs to the entrusting department. */
public interface EntrustmentChange extends RecordedChange {

    String AGGREGATE = "Entrustment";

    @Override
    EntrustmentSnapshot after();

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
