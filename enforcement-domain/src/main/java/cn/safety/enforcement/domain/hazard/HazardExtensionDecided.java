package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.time.LocalDate;
import java.util.Map;

/** 延期审批: a supervisor approved the extension with a new date, or refused it. */
public record HazardExtensionDecided(HazardSnapshot before, HazardSnapshot after, ExtensionDecision decision,
                                     LocalDate grantedOn, String note) implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("decision", decision, "grantedOn", grantedOn, "note", note);
    }
}
