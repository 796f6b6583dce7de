package cn.safety.enforcement.domain.hazard;

/** 整改: the enterprise's plan with the 五落实 was received; rectification runs. */
public record HazardRectificationPlanned(HazardSnapshot before, HazardSnapshot after) implements HazardChange {
}
