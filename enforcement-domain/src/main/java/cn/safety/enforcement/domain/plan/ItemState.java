package cn.safety.enforcement.domain.plan;

/** Where a plan item stands: its required inspections completed, one begun, or none begun. */
public enum ItemState {
    DONE, IN_PROGRESS, NOT_STARTED;

    /**
     * {@code completed}: inspections completed for the item; {@code open}: inspections begun and not yet completed
     * (awaiting approval or in progress).
     */
    public static ItemState of(int required, long completed, long open) {
        if (completed >= Math.max(required, 1)) {
            return DONE;
        }
        return completed > 0 || open > 0 ? IN_PROGRESS : NOT_STARTED;
    }
}
