package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.enterprise.Enterprise;

import java.util.List;
import java.util.Map;

/**
 * The enterprise file's part on accidents and duty findings: both lists, latest first, whether the reader may record
 * more, and the 姓名 of those who recorded them by username (the system and names no longer known are absent).
 */
public record IncidentRecord(Enterprise enterprise, List<Accident> accidents, List<DutyFinding> dutyFindings,
                             boolean mayRecord, Map<String, String> recorderNames) {

    public IncidentRecord {
        recorderNames = Map.copyOf(recorderNames);
    }
}
