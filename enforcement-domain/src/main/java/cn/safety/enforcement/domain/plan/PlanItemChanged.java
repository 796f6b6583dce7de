package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** A plan item was rescheduled and/or moved to the spot-check pool (the reason given for a move). */
public record PlanItemChanged(PlanItemSnapshot before, PlanItemSnapshot after, String reason)
        implements PlanItemChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("reason", reason);
    }
}
