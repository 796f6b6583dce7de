package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** A supervisor refused to approve an unplanned inspection, with the reason; the inspection ends. */
public record InspectionRefused(InspectionSnapshot before, InspectionSnapshot after, String reason)
        implements InspectionChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("reason", reason);
    }
}
