package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 指定管辖: the common upper department designated the department that handles the enterprise, for {@code reason},
 * by the designating document {@code documentNumber}.
 */
public record EnterpriseDesignated(EnterpriseSnapshot before, EnterpriseSnapshot after, String reason,
                                   String documentNumber) implements EnterpriseChange {

    @Override
    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>(RecordedChange.details("reason", reason));
        d.putAll(RecordedChange.details("documentNumber", documentNumber));
        return d;
    }
}
