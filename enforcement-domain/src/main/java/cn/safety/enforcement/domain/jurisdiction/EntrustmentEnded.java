package cn.safety.enforcement.domain.jurisdiction;

/** The entrusting department (or one above it) ended an entrustment early; the reason is in the after-state. */
public record EntrustmentEnded(EntrustmentSnapshot before, EntrustmentSnapshot after) implements EntrustmentChange {
}
