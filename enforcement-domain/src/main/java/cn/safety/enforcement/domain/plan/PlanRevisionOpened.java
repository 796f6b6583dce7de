package cn.safety.enforcement.domain.plan;

/** A new version of an approved plan was opened as a draft (its {@code revisesId} names the approved one). */
public record PlanRevisionOpened(PlanSnapshot after) implements PlanChange {

    public static PlanRevisionOpened of(Plan saved) {
        return new PlanRevisionOpened(saved.snapshot());
    }

    @Override
    public PlanSnapshot before() {
        return null;
    }
}
