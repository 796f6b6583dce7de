package cn.safety.enforcement.domain.hazard;

/** What found the hazard: an inspection (and its checklist item), the enterprise's own check (自查自报), a complaint. */
public enum HazardSource {
    INSPECTION, SELF_REPORT, COMPLAINT
}
