package cn.safety.enforcement.domain.inspection;

/**
 * 待审批, 检查中, 已完成, 不予批准. The whole transition table: an unplanned inspection waiting for approval is approved
 * (it starts) or refused; one in progress is completed, or refused when it started urgently and its approval is
 * refused afterwards (whether an approval is pending is the inspection's own guard, not a status).
 */
public enum InspectionStatus {
    AWAITING_APPROVAL, IN_PROGRESS, COMPLETED, REFUSED;

    public boolean canMoveTo(InspectionStatus next) {
        return switch (this) {
            case AWAITING_APPROVAL -> next == IN_PROGRESS || next == REFUSED;
            case IN_PROGRESS -> next == COMPLETED || next == REFUSED;
            case COMPLETED, REFUSED -> false;
        };
    }

    /** Whether the inspection is still open: stages, results, evidence and transfers are recorded while in progress. */
    public boolean open() {
        return this == AWAITING_APPROVAL || this == IN_PROGRESS;
    }
}
