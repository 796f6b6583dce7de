package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** 委托执法: a department entrusted an organisation with a township for a period ({@code organisationName} named it). */
public record EnforcementEntrusted(EntrustmentSnapshot after, String organisationName) implements EntrustmentChange {

    public static EnforcementEntrusted of(Entrustment saved, String organisationName) {
        return new EnforcementEntrusted(saved.snapshot(), organisationName);
    }

    @Override
    public EntrustmentSnapshot before() {
        return null;
    }

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("organisationName", organisationName);
    }
}
