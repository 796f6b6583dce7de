package cn.safety.enforcement.domain.division;

/** 镇, 乡, 街道, and 开发区/园区 (a zone with its own safety office, kept at the same level). */
public enum TownshipKind {
    TOWN, TOWNSHIP, SUBDISTRICT, ZONE
}
