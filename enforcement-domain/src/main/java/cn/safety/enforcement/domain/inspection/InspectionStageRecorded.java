package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A stage (执法告知, 现场检查, 交流反馈) was recorded: when, a note, who of the enterprise was present (role and name). */
public record InspectionStageRecorded(InspectionSnapshot before, InspectionSnapshot after, InspectionStage stage,
                                      Instant at, String note, List<String> present) implements InspectionChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("stage", stage == null ? null : stage.name(),
                "at", at == null ? null : at.toString(), "note", note, "present", present);
    }
}
