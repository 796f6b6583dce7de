package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** The rules computed the plan's key list: how many key items, how many flagged (over the province's cap). */
public record PlanGenerated(PlanSnapshot before, PlanSnapshot after, int keyItems, int flaggedItems)
        implements PlanChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("keyItems", keyItems, "flaggedItems", flaggedItems);
    }
}
