package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** A new list, or a new version of one (copied from {@code draftedFromId}), was drafted. */
public record ChecklistDrafted(ChecklistSnapshot after, Long departmentId, Long draftedFromId)
        implements ChecklistChange {

    public static ChecklistDrafted of(Checklist saved, Long departmentId, Long draftedFromId) {
        return new ChecklistDrafted(saved.snapshot(), departmentId, draftedFromId);
    }

    @Override
    public ChecklistSnapshot before() {
        return null;
    }

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("draftedFromId", draftedFromId);
    }
}
