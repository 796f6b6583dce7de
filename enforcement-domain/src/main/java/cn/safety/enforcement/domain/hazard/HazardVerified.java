package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** 核查: the re-check (整改复查意见书, numbered) accepted the rectification (销号) or rejected it with a new deadline. */
public record HazardVerified(HazardSnapshot before, HazardSnapshot after, boolean accepted, String opinion,
                             String documentNumber) implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("accepted", accepted, "opinion", opinion, "documentNumber", documentNumber);
    }
}
