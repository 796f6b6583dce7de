package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one piece of evidence: the entry belongs to the department of its owner. */
public interface EvidenceChange extends RecordedChange {

    String AGGREGATE = "Evidence";

    @Override
    EvidenceSnapshot after();

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
