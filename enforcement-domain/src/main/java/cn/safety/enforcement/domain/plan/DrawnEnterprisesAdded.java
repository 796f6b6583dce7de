package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** The enterprises a 双随机 draw selected joined the plan as spot-check items (one entry for the whole draw). */
public record DrawnEnterprisesAdded(PlanSnapshot before, PlanSnapshot after, Long drawId, int count)
        implements PlanChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("drawId", drawId, "count", count);
    }
}
