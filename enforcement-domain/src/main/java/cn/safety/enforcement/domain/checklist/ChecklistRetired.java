package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** A list was repealed from a date, with no successor. */
public record ChecklistRetired(ChecklistSnapshot before, ChecklistSnapshot after, Long departmentId, String reason)
        implements ChecklistChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("reason", reason);
    }
}
