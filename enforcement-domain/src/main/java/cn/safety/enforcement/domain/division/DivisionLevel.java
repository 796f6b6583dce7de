package cn.safety.enforcement.domain.division;

/** 省级, 市级, 县级. The districts of a municipality (直辖市) are county level under a province-level unit. */
public enum DivisionLevel {
    PROVINCE, CITY, COUNTY
}
