package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.enterprise.Enterprise;

import java.util.List;

/**
 * The enterprise file's part on accidents and duty findings: both lists, latest first, and whether the reader may
 * record more.
 */
public record IncidentRecord(Enterprise enterprise, List<Accident> accidents, List<DutyFinding> dutyFindings,
                             boolean mayRecord) {
}
