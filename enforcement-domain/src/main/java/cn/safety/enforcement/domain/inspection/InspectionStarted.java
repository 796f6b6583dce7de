package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.List;
import java.util.Map;

/**
 * An inspection was started (or, unplanned and not urgent, put to approval), with the 重复检查 warning shown and
 * acknowledged when there was one.
 */
public record InspectionStarted(InspectionSnapshot after, List<String> warnings) implements InspectionChange {

    public static InspectionStarted of(Inspection saved, List<String> warnings) {
        return new InspectionStarted(saved.snapshot(), warnings == null ? List.of() : List.copyOf(warnings));
    }

    @Override
    public InspectionSnapshot before() {
        return null;
    }

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("warnings", warnings);
    }
}
