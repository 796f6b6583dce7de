package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.audit.RecordedChange;

/**
 * A division was established, renamed, retired or reinstated by an admin. Divisions are reference data of no
 * department, so the entry belongs to the department of the admin who made the change ({@code departmentId}); what is
 * kept of the divisions (the choices of location fields and filters, the names on the pages) is out of date once the
 * change is committed.
 */
public interface DivisionChanged extends RecordedChange {

    String AGGREGATE = "Division";

    @Override
    DivisionSnapshot after();

    @Override
    default String aggregateType() {
        return AGGREGATE;
    }

    @Override
    default Object aggregateId() {
        return after() == null ? null : after().code();
    }
}
