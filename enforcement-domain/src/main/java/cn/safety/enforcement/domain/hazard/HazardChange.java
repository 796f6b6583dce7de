package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one hazard: the entry belongs to the department the hazard is under. */
public interface HazardChange extends RecordedChange {

    String AGGREGATE = "Hazard";

    @Override
    HazardSnapshot after();

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
