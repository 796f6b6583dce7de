package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** The enterprise's representative refused to sign the 现场检查记录; recorded with a witness (见证人). */
public record InspectionSignatureRefused(InspectionSnapshot before, InspectionSnapshot after, String witness,
                                         String note) implements InspectionChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("witness", witness, "note", note);
    }
}
