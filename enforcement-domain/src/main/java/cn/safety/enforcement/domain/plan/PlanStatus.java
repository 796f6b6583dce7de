package cn.safety.enforcement.domain.plan;

/**
 * 草稿, 已报批, 已批准, 已被新版本取代. The whole transition table: a draft is submitted; a submitted plan is approved or
 * sent back to draft; an approved plan is superseded once a newer version of it is approved.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, SUPERSEDED;

    public boolean canMoveTo(PlanStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> next == APPROVED || next == DRAFT;
            case APPROVED -> next == SUPERSEDED;
            case SUPERSEDED -> false;
        };
    }

    /** Whether items may still change: generation, months, moves and additions happen on a draft only. */
    public boolean editable() {
        return this == DRAFT;
    }
}
