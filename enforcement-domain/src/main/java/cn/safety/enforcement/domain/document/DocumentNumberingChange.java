package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of a department's number pattern: the entry belongs to that department. */
public interface DocumentNumberingChange extends RecordedChange {

    String AGGREGATE = "DocumentNumbering";

    @Override
    DocumentNumberingSnapshot after();

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
