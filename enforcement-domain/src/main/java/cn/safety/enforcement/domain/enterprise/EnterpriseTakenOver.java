package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** 提级管辖: a higher department took the enterprise over, for {@code reason}. */
public record EnterpriseTakenOver(EnterpriseSnapshot before, EnterpriseSnapshot after, String reason)
        implements EnterpriseChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("reason", reason);
    }
}
