package cn.safety.enforcement.domain.hazard;

/** A supervisor's decision on an application for an extension (延期): approved with a new date, or refused. */
public enum ExtensionDecision {
    APPROVED, REFUSED
}
