package cn.safety.enforcement.domain.enterprise;

/** 红/橙/黄/蓝: 重大, 较大, 一般, 低 安全风险 (004§20). */
public enum RiskGrade {
    RED, ORANGE, YELLOW, BLUE
}
