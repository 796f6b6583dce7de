package cn.safety.enforcement.domain.hazard;

/**
 * 一般事故隐患 / 重大事故隐患 (R5): major when rectifying it needs stopping production in whole or part, or the enterprise
 * cannot fix it alone; a failed item of a 重大事故隐患判定标准 makes it major.
 */
public enum HazardGrade {
    GENERAL, MAJOR
}
