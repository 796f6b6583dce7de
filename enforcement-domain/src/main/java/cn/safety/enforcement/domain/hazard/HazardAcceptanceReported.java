package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.List;
import java.util.Map;

/** 验收: a major hazard's acceptance by experts was reported; the re-check is due. */
public record HazardAcceptanceReported(HazardSnapshot before, HazardSnapshot after, String experts,
                                       List<Long> evidenceIds) implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("experts", experts, "evidenceIds", evidenceIds);
    }
}
