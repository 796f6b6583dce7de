package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** Someone signed the 现场检查记录 in a role; the image is kept as evidence {@code evidenceId}. */
public record InspectionSigned(InspectionSnapshot before, InspectionSnapshot after, SignatureRole role, String name,
                               long evidenceId) implements InspectionChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("role", role == null ? null : role.name(), "name", name, "evidenceId",
                evidenceId);
    }
}
