package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/**
 * The result of one checklist item was recorded (符合 / 不符合 / 不适用, a note); {@code proposedHazard} MAJOR when a
 * 重大事故隐患 item failed.
 */
public record InspectionResultRecorded(InspectionSnapshot before, InspectionSnapshot after, long checklistItemId,
                                       String reference, CheckResult result, String note, String proposedHazard)
        implements InspectionChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("checklistItemId", checklistItemId, "reference", reference, "result",
                result == null ? null : result.name(), "note", note, "proposedHazard", proposedHazard);
    }
}
