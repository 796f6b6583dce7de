package cn.safety.enforcement.domain.accident;

import java.util.Locale;
import java.util.Optional;

/**
 * The 20 accident categories of GB 6441-86 企业职工伤亡事故分类 (第2章 事故类别), in the standard's order. The standard's
 * own text writes 其他爆炸 / 其他伤害 where most reprints write 其它: both spellings are read.
 */
public enum AccidentCategory {
    STRUCK_BY_OBJECT("物体打击"),
    VEHICLE("车辆伤害"),
    MACHINERY("机械伤害"),
    LIFTING("起重伤害"),
    ELECTRIC_SHOCK("触电"),
    DROWNING("淹溺"),
    BURN_AND_SCALD("灼烫"),
    FIRE("火灾"),
    FALL_FROM_HEIGHT("高处坠落"),
    COLLAPSE("坍塌"),
    ROOF_AND_RIB_FALL("冒顶片帮"),
    WATER_INRUSH("透水"),
    BLASTING("放炮"),
    EXPLOSIVE_EXPLOSION("火药爆炸"),
    GAS_EXPLOSION("瓦斯爆炸"),
    BOILER_EXPLOSION("锅炉爆炸"),
    VESSEL_EXPLOSION("容器爆炸"),
    OTHER_EXPLOSION("其它爆炸"),
    POISONING_AND_ASPHYXIATION("中毒和窒息"),
    OTHER_INJURY("其它伤害");

    private final String standardName;

    AccidentCategory(String standardName) {
        this.standardName = standardName;
    }

    /** The name as GB 6441-86 writes it. */
    public String standardName() {
        return standardName;
    }

    /** The serial number in GB 6441-86 (01 to 20). */
    public int serial() {
        return ordinal() + 1;
    }

    /** Reads the code ({@code MACHINERY}, any case) or the standard's name ({@code 机械伤害}, {@code 其他爆炸}). */
    public static Optional<AccidentCategory> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        String asCode = t.toUpperCase(Locale.ROOT);
        String asName = t.replace('他', '它');
        for (AccidentCategory c : values()) {
            if (c.name().equals(asCode) || c.standardName.equals(asName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
