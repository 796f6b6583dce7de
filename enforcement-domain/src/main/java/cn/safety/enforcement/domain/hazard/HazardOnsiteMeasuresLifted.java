package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** The on-site measures in force were lifted after review (审查同意). */
public record HazardOnsiteMeasuresLifted(HazardSnapshot before, HazardSnapshot after, String review)
        implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("review", review);
    }
}
