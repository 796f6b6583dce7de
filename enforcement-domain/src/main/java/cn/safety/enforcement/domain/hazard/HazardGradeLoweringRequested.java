package cn.safety.enforcement.domain.hazard;

/** Lowering a major hazard to general was asked, with a reason; a supervisor decides. */
public record HazardGradeLoweringRequested(HazardSnapshot before, HazardSnapshot after) implements HazardChange {
}
