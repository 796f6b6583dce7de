package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of an expert of a department's pool: the entry belongs to that department. */
public interface ExpertChange extends RecordedChange {

    String AGGREGATE = "Expert";

    @Override
    ExpertSnapshot after();

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
