package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** The inspection was completed and its 现场检查记录 issued under {@code documentNumber}. */
public record InspectionCompleted(InspectionSnapshot before, InspectionSnapshot after, String documentNumber)
        implements InspectionChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("documentNumber", documentNumber);
    }
}
