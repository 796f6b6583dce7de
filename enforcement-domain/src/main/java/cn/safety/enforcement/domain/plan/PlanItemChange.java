package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one plan item: the entry belongs to the plan's department. */
public interface PlanItemChange extends RecordedChange {

    String AGGREGATE = "PlanItem";

    @Override
    PlanItemSnapshot after();

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
