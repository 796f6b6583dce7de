package cn.safety.enforcement.domain.enterprise;

/**
 * Industry sectors as enforcement plans and checklists group them. {@code highRisk} marks the sectors whose units must
 * set up a safety-management organisation or full-time safety staff whatever their size (安全生产法 第二十四条, 004§3);
 * {@code keyInspection} marks the high-risk sectors of the 全覆盖 key-enterprise list (R3).
 */
public enum Sector {
    MINING(true, true),
    HAZARDOUS_CHEMICALS(true, true),
    FIREWORKS(true, true),
    METALLURGY(true, true),
    COMBUSTIBLE_DUST(false, true),
    AMMONIA_REFRIGERATION(false, false),
    CONFINED_SPACE(false, false),
    INDUSTRY_TRADE(false, false),
    CONSTRUCTION(true, false),
    TRANSPORT(true, false),
    GAS(true, false),
    SPECIAL_EQUIPMENT(false, false),
    OTHER(false, false);

    private final boolean highRisk;
    private final boolean keyInspection;

    Sector(boolean highRisk, boolean keyInspection) {
        this.highRisk = highRisk;
        this.keyInspection = keyInspection;
    }

    public boolean highRisk() {
        return highRisk;
    }

    public boolean keyInspection() {
        return keyInspection;
    }
}
