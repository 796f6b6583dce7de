package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.audit.RecordedChange;

/**
 * A township, street or zone was established or renamed. Townships are reference data of no department: an admin's
 * change belongs to the admin's department ({@code departmentId}), start-up work (null) to the national chain.
 */
public interface TownshipChange extends RecordedChange {

    String AGGREGATE = "Township";

    @Override
    TownshipSnapshot after();

    @Override
    default String aggregateType() {
        return AGGREGATE;
    }

    @Override
    default Object aggregateId() {
        return after() == null ? null : after().id();
    }
}
