package cn.safety.enforcement.domain.enterprise;

/** 企业规模: 大型, 中型, 小型, 微型 as the statistics bureau classifies them. */
public enum Scale {
    LARGE, MEDIUM, SMALL, MICRO
}
