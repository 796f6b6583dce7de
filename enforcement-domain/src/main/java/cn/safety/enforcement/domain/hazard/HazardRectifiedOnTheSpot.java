package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.List;
import java.util.Map;

/** 当场整改: a general hazard was fixed on the spot, with evidence, and closed at once. */
public record HazardRectifiedOnTheSpot(HazardSnapshot before, HazardSnapshot after, List<Long> evidenceIds)
        implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("evidenceIds", evidenceIds);
    }
}
