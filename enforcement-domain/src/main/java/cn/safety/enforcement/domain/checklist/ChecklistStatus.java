package cn.safety.enforcement.domain.checklist;

/**
 * 草稿, 已施行, 已废止. The whole transition table: a draft is put in force; a version in force may be retired (the list
 * is repealed without a successor). When a newer version is put in force the older one keeps its status and its
 * effective dates end where the newer ones begin, so that it stays readable and applies to the days before.
 */
public enum ChecklistStatus {
    DRAFT, IN_FORCE, RETIRED;

    public boolean canMoveTo(ChecklistStatus next) {
        return switch (this) {
            case DRAFT -> next == IN_FORCE;
            case IN_FORCE -> next == RETIRED;
            case RETIRED -> false;
        };
    }

    /** Whether items and heading may still change: only a draft, never a version inspections may have used. */
    public boolean editable() {
        return this == DRAFT;
    }
}
