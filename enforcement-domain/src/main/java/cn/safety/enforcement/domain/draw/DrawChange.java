package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one draw: the entry belongs to the draw's department. */
public interface DrawChange extends RecordedChange {

    String AGGREGATE = "Draw";

    @Override
    DrawSnapshot after();

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
