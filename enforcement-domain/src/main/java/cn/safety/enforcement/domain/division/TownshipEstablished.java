package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A township, street or zone of a county was established: reference data, kept in the national chain. */
public record TownshipEstablished(TownshipSnapshot after) implements RecordedChange {

    @Override
    public String aggregateType() {
        return "Township";
    }

    @Override
    public Object aggregateId() {
        return after == null ? null : after.id();
    }

    @Override
    public Long departmentId() {
        return null;
    }

    @Override
    public TownshipSnapshot before() {
        return null;
    }
}
