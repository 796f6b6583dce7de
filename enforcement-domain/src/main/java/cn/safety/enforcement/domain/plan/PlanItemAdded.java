package cn.safety.enforcement.domain.plan;

/** An upper department added an enterprise of a lower one (督查, 交叉互检) to its plan; the reason is on the item. */
public record PlanItemAdded(PlanItemSnapshot after) implements PlanItemChange {

    public static PlanItemAdded of(PlanItem saved) {
        return new PlanItemAdded(saved.snapshot());
    }

    @Override
    public PlanItemSnapshot before() {
        return null;
    }
}
