package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;
import cn.safety.enforcement.domain.audit.Snapshot;

import java.util.List;
import java.util.Map;

/**
 * The arrangement of {@code calendarYear} was entered or replaced, and the deadlines of {@code count} hazards of one
 * department, given by their orders in working days reaching into that year, were counted again on it
 * ({@code recounted}: each hazard with its old and new last day, and whether it stays provisional). One entry per
 * department, in the entering transaction; the entry belongs to the hazards' department (and to its province's chain).
 */
public record HazardDeadlinesRecounted(Long departmentId, int calendarYear, long count, List<Long> hazardIds,
                                       List<String> recounted) implements RecordedChange {

    @Override
    public String aggregateType() {
        return HazardChange.AGGREGATE;
    }

    /** The hazards counted again, {@code firstId-lastId} (the entry lists each). */
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
        return RecordedChange.details("calendarYear", calendarYear, "count", count, "hazardIds", hazardIds,
                "recounted", recounted, "departmentId", departmentId);
    }
}
