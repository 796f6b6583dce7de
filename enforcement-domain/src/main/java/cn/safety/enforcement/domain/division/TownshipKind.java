package cn.safety.enforcement.domain.division;

/** 镇, 乡, 街道, and 开发区/园区 (a zone with its own safety office, kept at the same level). */
public enum TownshipKind {
    TOWN, TOWNSHIP, SUBDISTRICT, ZONE;

    /** The kind as a form or the API sends it: blank is none; anything else must name a kind (the refusal lists them). */
    public static TownshipKind parse(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new cn.safety.enforcement.domain.RuleViolation("kind", "township.kind.invalid",
                    String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList()));
        }
    }
}
