package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.List;
import java.util.Map;

/** 现场处理措施: measures were decided for a major hazard (现场处理措施决定书, numbered). */
public record HazardOnsiteMeasuresDecided(HazardSnapshot before, HazardSnapshot after, List<String> measures,
                                          String documentNumber) implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("measures", measures, "documentNumber", documentNumber);
    }
}
