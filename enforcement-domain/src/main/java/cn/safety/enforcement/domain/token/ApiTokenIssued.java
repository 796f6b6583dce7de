package cn.safety.enforcement.domain.token;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** A token was issued to its holder, from the client at {@code client}; kept with the holder's department. */
public record ApiTokenIssued(ApiTokenSnapshot after, Long departmentId, String client) implements RecordedChange {

    @Override
    public String aggregateType() {
        return "ApiToken";
    }

    @Override
    public Object aggregateId() {
        return after == null ? null : after.id();
    }

    @Override
    public ApiTokenSnapshot before() {
        return null;
    }

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("client", client);
    }
}
