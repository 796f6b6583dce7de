package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** A draft's items were replaced: edited on the page, or imported from a sheet ({@code fileName}). */
public record ChecklistItemsRevised(ChecklistSnapshot before, ChecklistSnapshot after, Long departmentId,
                                    String fileName) implements ChecklistChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("fileName", fileName);
    }
}
