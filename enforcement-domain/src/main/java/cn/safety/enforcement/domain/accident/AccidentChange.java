package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one accident: the entry belongs to the department that recorded it. */
public interface AccidentChange extends RecordedChange {

    String AGGREGATE = "Accident";

    @Override
    AccidentSnapshot after();

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
