package cn.safety.enforcement.domain.inspection;

/** 符合 / 不符合 / 不适用: the result of one checklist item. */
public enum CheckResult {
    PASS, FAIL, NOT_APPLICABLE
}
