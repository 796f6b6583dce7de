package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.audit.RecordedChange;

/**
 * A change of one checklist version. Checklists are national data, but the entry belongs to the acting admin's
 * department, as for the working calendar, so that it lies in that province's chain and its admins read it.
 */
public interface ChecklistChange extends RecordedChange {

    String AGGREGATE = "Checklist";

    @Override
    ChecklistSnapshot after();

    /** The department of the admin who made the change. */
    @Override
    Long departmentId();

    @Override
    default String aggregateType() {
        return AGGREGATE;
    }

    @Override
    default Object aggregateId() {
        return after() == null ? null : after().id();
    }
}
