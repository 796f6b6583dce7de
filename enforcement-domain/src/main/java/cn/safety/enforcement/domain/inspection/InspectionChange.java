package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one inspection: the entry belongs to the inspecting department. */
public interface InspectionChange extends RecordedChange {

    String AGGREGATE = "Inspection";

    @Override
    InspectionSnapshot after();

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
