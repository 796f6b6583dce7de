package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;
import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 逾期: on {@code asOf} the overdue job found the rectification deadline of {@code count} hazards of one department
 * passed, marked them overdue (逾期未整改) and escalated them to the department above. One entry per department and
 * run, listing the hazards by id: the job moves them in one statement, and the entry belongs to the department whose
 * admins read it (and to its province's chain).
 */
public record HazardsMarkedOverdue(Long departmentId, LocalDate asOf, long count, List<Long> hazardIds)
        implements RecordedChange {

    @Override
    public String aggregateType() {
        return HazardChange.AGGREGATE;
    }

    /** The hazards marked, {@code firstId-lastId} (the entry lists each). */
    @Override
    public Object aggregateId() {
        return hazardIds == null || hazardIds.isEmpty() ? "" : hazardIds.get(0) + "-" + hazardIds.get(
                hazardIds.size() - 1);
    }

    @Override
    public Snapshot before() {
        return null;
    }

    @Override
    public Snapshot after() {
        return null;
    }

    @Override
    public boolean bySystem() {
        return true;
    }

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("asOf", asOf, "count", count, "hazardIds", hazardIds, "departmentId",
                departmentId);
    }
}
