package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** Evidence was withdrawn, with the reason; the file stays. */
public record EvidenceWithdrawn(EvidenceSnapshot before, EvidenceSnapshot after, String reason)
        implements EvidenceChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("reason", reason);
    }
}
