package cn.safety.enforcement.domain.token;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** The holder revoked their token; kept with the holder's department. */
public record ApiTokenRevoked(ApiTokenSnapshot before, ApiTokenSnapshot after, Long departmentId)
        implements RecordedChange {

    @Override
    public String aggregateType() {
        return "ApiToken";
    }

    @Override
    public Object aggregateId() {
        return after == null ? null : after.id();
    }
}
