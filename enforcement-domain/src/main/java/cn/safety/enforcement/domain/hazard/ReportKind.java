package cn.safety.enforcement.domain.hazard;

/** What the enterprise reported: its rectification (整改情况), or a major hazard's acceptance by experts (验收). */
public enum ReportKind {
    RECTIFICATION, ACCEPTANCE
}
