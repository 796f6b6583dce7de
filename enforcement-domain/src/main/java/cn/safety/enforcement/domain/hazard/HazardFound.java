package cn.safety.enforcement.domain.hazard;

/** 发现: a hazard was recorded, found at an inspection, reported by the enterprise itself (自查自报) or from a complaint. */
public record HazardFound(HazardSnapshot after) implements HazardChange {

    @Override
    public HazardSnapshot before() {
        return null;
    }
}
