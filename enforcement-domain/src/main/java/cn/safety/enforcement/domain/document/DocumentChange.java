package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** Something that happened to an issued document: the entry belongs to the department that issued it. */
public interface DocumentChange extends RecordedChange {

    String AGGREGATE = "IssuedDocument";

    @Override
    DocumentSnapshot after();

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
