package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.time.LocalDate;
import java.util.Map;

/** 延期申请: the enterprise applied for a later deadline, with reasons, before the deadline. */
public record HazardExtensionApplied(HazardSnapshot before, HazardSnapshot after, String reasons,
                                     LocalDate requestedOn) implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("reasons", reasons, "requestedOn", requestedOn);
    }
}
