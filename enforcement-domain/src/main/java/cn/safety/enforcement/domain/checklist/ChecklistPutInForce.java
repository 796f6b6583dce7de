package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** A draft was put in force from a date; the version before it ({@code supersededId}) applies up to that date. */
public record ChecklistPutInForce(ChecklistSnapshot before, ChecklistSnapshot after, Long departmentId,
                                  Long supersededId) implements ChecklistChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("supersededId", supersededId);
    }
}
