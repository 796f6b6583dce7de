package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** 移送: a problem found was transferred to another department (to whom, what). */
public record InspectionTransferred(InspectionSnapshot before, InspectionSnapshot after, String toDepartment,
                                    String matter) implements InspectionChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("toDepartment", toDepartment, "matter", matter);
    }
}
