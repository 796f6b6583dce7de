package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** 批准: approving body, document number and date are in the after-state; a revision supersedes the version before. */
public record PlanApproved(PlanSnapshot before, PlanSnapshot after, Long supersededId) implements PlanChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("supersededId", supersededId);
    }
}
