package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.audit.RecordedChange;
import cn.safety.enforcement.domain.audit.Snapshot;

import java.util.Map;

/**
 * 导出: someone took a plan out of the system as a file. Nothing changed, but who took which plan out belongs in the
 * record, as for the enterprise list.
 */
public record PlanExported(Long planId, Long departmentId, int year, int revision) implements RecordedChange {

    public static PlanExported of(Plan plan) {
        return new PlanExported(plan.getId(), plan.getDepartmentId(), plan.getYear(), plan.getRevision());
    }

    @Override
    public String aggregateType() {
        return PlanChange.AGGREGATE;
    }

    @Override
    public Object aggregateId() {
        return planId;
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
    public Map<String, Object> details() {
        return RecordedChange.details("year", year, "revision", revision);
    }
}
