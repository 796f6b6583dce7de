package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;
import cn.safety.enforcement.domain.audit.Snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the overdue job records of one department and run: the day, how many hazards it found past a deadline and
 * which. The job moves them in one statement, so there is one entry for them all, kept as the system's act; each kind
 * of deadline has its own event (and label).
 */
interface OverdueRun extends RecordedChange {

    LocalDate asOf();

    long count();

    List<Long> hazardIds();

    @Override
    default String aggregateType() {
        return HazardChange.AGGREGATE;
    }

    /** The hazards found, {@code firstId-lastId} (the entry lists each). */
    @Override
    default Object aggregateId() {
        List<Long> ids = hazardIds();
        return ids == null || ids.isEmpty() ? "" : ids.get(0) + "-" + ids.get(ids.size() - 1);
    }

    @Override
    default Snapshot before() {
        return null;
    }

    @Override
    default Snapshot after() {
        return null;
    }

    @Override
    default boolean bySystem() {
        return true;
    }

    @Override
    default Map<String, Object> details() {
        return RecordedChange.details("asOf", asOf(), "count", count(), "hazardIds", hazardIds(), "departmentId",
                departmentId());
    }
}
