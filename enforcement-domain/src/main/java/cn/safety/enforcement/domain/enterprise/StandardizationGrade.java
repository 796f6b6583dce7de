package cn.safety.enforcement.domain.enterprise;

/** 安全生产标准化 grade: 一级, 二级, 三级, or not graded. */
public enum StandardizationGrade {
    LEVEL_1, LEVEL_2, LEVEL_3, NONE
}
