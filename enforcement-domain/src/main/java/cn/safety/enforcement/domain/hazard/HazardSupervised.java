package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.time.LocalDate;
import java.util.Map;

/** 挂牌督办: the department above issued its 挂牌督办通知书 (numbered) with its requirements and deadline. */
public record HazardSupervised(HazardSnapshot before, HazardSnapshot after, String documentNumber,
                               String supervisionRequirements, LocalDate supervisionDeadline)
        implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("documentNumber", documentNumber, "supervisionRequirements",
                supervisionRequirements, "supervisionDeadline", supervisionDeadline);
    }
}
