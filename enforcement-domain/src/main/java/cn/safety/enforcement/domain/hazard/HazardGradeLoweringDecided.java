package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** A supervisor approved (the grade is lowered) or refused the lowering of the grade. */
public record HazardGradeLoweringDecided(HazardSnapshot before, HazardSnapshot after, boolean approved, String note)
        implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("approved", approved, "note", note);
    }
}
