package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one recusal: the entry belongs to the inspector's department. */
public interface RecusalChange extends RecordedChange {

    String AGGREGATE = "Recusal";

    @Override
    RecusalSnapshot after();

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
