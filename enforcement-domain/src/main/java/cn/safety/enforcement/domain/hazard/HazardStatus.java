package cn.safety.enforcement.domain.hazard;

/**
 * 检查 → 督办 → 整改 → 验收 → 核查 → 销号 (004§11) as one state machine; the whole transition table:
 * <ul>
 *   <li>FOUND (发现): ordered (责令限期整改), or, a general hazard, rectified on the spot (当场整改) and closed;</li>
 *   <li>ORDERED (已督办): the enterprise's plan with the 五落实 received, rectification begins;</li>
 *   <li>RECTIFYING (整改中): the enterprise reports its rectification;</li>
 *   <li>REPORTED (已报整改): a major hazard's acceptance by experts is reported (验收); the re-check (核查) accepts a
 *       general hazard (销号) or rejects the rectification (back to RECTIFYING with a new deadline);</li>
 *   <li>ACCEPTANCE_REPORTED (已报验收): the re-check accepts (销号) or rejects (back to RECTIFYING);</li>
 *   <li>CLOSED (已销号): the end.</li>
 * </ul>
 * Which grade may take which edge (acceptance for major hazards only, on the spot for general ones only) is the
 * hazard's own guard, not a status.
 */
public enum HazardStatus {
    FOUND, ORDERED, RECTIFYING, REPORTED, ACCEPTANCE_REPORTED, CLOSED;

    public boolean canMoveTo(HazardStatus next) {
        return switch (this) {
            case FOUND -> next == ORDERED || next == CLOSED;
            case ORDERED -> next == RECTIFYING;
            case RECTIFYING -> next == REPORTED;
            case REPORTED -> next == ACCEPTANCE_REPORTED || next == CLOSED || next == RECTIFYING;
            case ACCEPTANCE_REPORTED -> next == CLOSED || next == RECTIFYING;
            case CLOSED -> false;
        };
    }

    /** Whether the hazard is still open (not 销号). */
    public boolean open() {
        return this != CLOSED;
    }

    /** Whether the enterprise is under an order with a running deadline (extensions are applied for then). */
    public boolean underOrder() {
        return this == ORDERED || this == RECTIFYING;
    }

    /** Whether a re-check is due from the department (the enterprise has reported). */
    public boolean awaitingRecheck() {
        return this == REPORTED || this == ACCEPTANCE_REPORTED;
    }
}
