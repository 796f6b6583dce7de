package cn.safety.enforcement.domain.enterprise;

/**
 * A characteristic of a 工贸 enterprise that its own rules and checklists follow, whatever the industry it belongs to;
 * an enterprise may have several. The first three are the 专项类 of 工贸企业重大事故隐患判定标准 (应急管理部令第10号,
 * 2023): 存在粉尘爆炸危险, 使用液氨制冷, 存在硫化氢、一氧化碳等中毒风险的有限空间作业; 涉高温熔融金属 runs through its
 * 冶金 (第四条) and 有色 (第五条) items and the foundries of 机械.
 * <p>{@code keyInspection}: an enterprise with this feature belongs on the key-inspection list of the plans (R3), as
 * 涉爆粉尘 did when it was a sector.
 */
public enum Feature {
    COMBUSTIBLE_DUST(true),
    AMMONIA_REFRIGERATION(false),
    CONFINED_SPACE(false),
    MOLTEN_METAL(false);

    private final boolean keyInspection;

    Feature(boolean keyInspection) {
        this.keyInspection = keyInspection;
    }

    public boolean keyInspection() {
        return keyInspection;
    }
}
