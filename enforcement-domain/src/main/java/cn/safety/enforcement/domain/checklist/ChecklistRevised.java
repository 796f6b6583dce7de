package cn.safety.enforcement.domain.checklist;

/** A draft's title, document number, sectors, feature or industry changed. */
public record ChecklistRevised(ChecklistSnapshot before, ChecklistSnapshot after, Long departmentId)
        implements ChecklistChange {
}
