package cn.safety.enforcement.domain.inspection;

/** 执法告知 → 现场检查 → 交流反馈: the stages of an inspection of a key enterprise, in this order (R4). */
public enum InspectionStage {
    NOTICE, ONSITE, FEEDBACK;

    /** The stage that must be recorded before this one, or null for the first. */
    public InspectionStage previous() {
        return this == NOTICE ? null : values()[ordinal() - 1];
    }
}
