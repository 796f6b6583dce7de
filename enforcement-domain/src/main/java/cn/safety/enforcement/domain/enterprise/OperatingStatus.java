package cn.safety.enforcement.domain.enterprise;

/** 正常生产, 停产整顿, 技改基建, 关闭退出. */
public enum OperatingStatus {
    OPERATING, SUSPENDED, RENOVATING, CLOSED
}
