package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.List;
import java.util.Map;

/** The enterprise reported its rectification with evidence; the re-check is due. */
public record HazardRectificationReported(HazardSnapshot before, HazardSnapshot after, List<Long> evidenceIds)
        implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("evidenceIds", evidenceIds);
    }
}
