package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** 调整管辖: an admin moved the enterprise to another department, for {@code reason}. */
public record EnterpriseReassigned(EnterpriseSnapshot before, EnterpriseSnapshot after, String reason)
        implements EnterpriseChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("reason", reason);
    }
}
