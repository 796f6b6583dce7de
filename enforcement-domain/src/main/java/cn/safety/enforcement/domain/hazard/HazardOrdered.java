package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** 责令限期整改: the order (责令限期整改指令书, numbered) was issued with its deadline and requirements. */
public record HazardOrdered(HazardSnapshot before, HazardSnapshot after, String documentNumber)
        implements HazardChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("documentNumber", documentNumber);
    }
}
