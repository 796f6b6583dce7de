package cn.safety.enforcement.domain.enterprise;

/**
 * What an enterprise does, as enforcement plans and checklists group it. {@code highRisk} marks the sectors whose units
 * must set up a safety-management organisation or full-time safety staff whatever their size (安全生产法 第二十四条,
 * 004§3); {@code keyInspection} marks the high-risk sectors of the 全覆盖 key-enterprise list (R3).
 * <p>涉爆粉尘, 涉氨制冷, 有限空间作业 and 涉高温熔融金属 are not sectors but {@link Feature features} of an enterprise of a
 * sector that {@link #takesFeatures() takes them}: the 工贸 industries of 工贸企业重大事故隐患判定标准 (应急管理部令第10号,
 * 第二条: 冶金、有色、建材、机械、轻工、纺织、烟草、商贸), of which 金属冶炼 is kept apart because 第二十四条 names it.
 * Their former sector codes are still read on input ({@link SectorCode}).
 */
public enum Sector {
    MINING(true, true, false),
    HAZARDOUS_CHEMICALS(true, true, false),
    FIREWORKS(true, true, false),
    METALLURGY(true, true, true),
    INDUSTRY_TRADE(false, false, true),
    CONSTRUCTION(true, false, false),
    TRANSPORT(true, false, false),
    GAS(true, false, false),
    SPECIAL_EQUIPMENT(false, false, false),
    OTHER(false, false, false);

    private final boolean highRisk;
    private final boolean keyInspection;
    private final boolean takesFeatures;

    Sector(boolean highRisk, boolean keyInspection, boolean takesFeatures) {
        this.highRisk = highRisk;
        this.keyInspection = keyInspection;
        this.takesFeatures = takesFeatures;
    }

    public boolean highRisk() {
        return highRisk;
    }

    public boolean keyInspection() {
        return keyInspection;
    }

    /** Whether an enterprise of this sector may carry {@link Feature features} (the 工贸 industries). */
    public boolean takesFeatures() {
        return takesFeatures;
    }
}
