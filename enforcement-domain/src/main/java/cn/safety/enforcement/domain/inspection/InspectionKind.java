package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.plan.PlanItemKind;

/**
 * 全覆盖, 双随机, 专项, 明查暗访 (四不两直: no advance notice, no escort), 交叉互检, 复查, 举报核查 (R4).
 * <p>Which kinds fit a plan item (decided here, documented in docs/rules.md): a key item (重点检查) is inspected in full
 * (FULL_COVERAGE), a spot-check item (双随机) by a RANDOM inspection, a cross-check item by a CROSS inspection and a
 * supervision item (督查) by a SPECIAL one; any planned item may instead be inspected unannounced (UNANNOUNCED), which is
 * a manner of inspecting rather than a separate plan. Unplanned inspections are SPECIAL, UNANNOUNCED, FOLLOW_UP (复查)
 * or COMPLAINT_CHECK (举报核查, only on a complaint); FULL_COVERAGE, RANDOM and CROSS only come from a plan.
 */
public enum InspectionKind {
    FULL_COVERAGE, RANDOM, SPECIAL, UNANNOUNCED, CROSS, FOLLOW_UP, COMPLAINT_CHECK;

    /** Whether an inspection of this kind may fulfil a plan item of {@code item}. */
    public boolean fits(PlanItemKind item) {
        if (this == UNANNOUNCED) {
            return true;
        }
        return switch (item) {
            case KEY -> this == FULL_COVERAGE;
            case SPOT_CHECK -> this == RANDOM;
            case CROSS_CHECK -> this == CROSS;
            case SUPERVISION -> this == SPECIAL;
        };
    }

    /** The kind a plan item is inspected with unless the inspector chooses otherwise. */
    public static InspectionKind usualFor(PlanItemKind item) {
        return switch (item) {
            case KEY -> FULL_COVERAGE;
            case SPOT_CHECK -> RANDOM;
            case CROSS_CHECK -> CROSS;
            case SUPERVISION -> SPECIAL;
        };
    }

    /** Whether an unplanned inspection (with {@code trigger}) may be of this kind. */
    public boolean fitsUnplanned(InspectionTrigger trigger) {
        return switch (this) {
            case SPECIAL, UNANNOUNCED, FOLLOW_UP -> true;
            case COMPLAINT_CHECK -> trigger == InspectionTrigger.COMPLAINT;
            case FULL_COVERAGE, RANDOM, CROSS -> false;
        };
    }

    /** 明查暗访: no advance notice is given (四不两直), so the 执法告知 stage is recorded as withheld. */
    public boolean withholdsNotice() {
        return this == UNANNOUNCED;
    }
}
