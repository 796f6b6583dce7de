package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;
import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * On {@code asOf} the overdue job found the department's own re-check deadline of {@code count} reported hazards
 * passed (安全生产事故隐患排查治理暂行规定 第二十三条: within 10 days). One entry per department and run, listing them.
 */
public record HazardRechecksOverdue(Long departmentId, LocalDate asOf, long count, List<Long> hazardIds)
        implements RecordedChange {

    @Override
    public String aggregateType() {
        return HazardChange.AGGREGATE;
    }

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
