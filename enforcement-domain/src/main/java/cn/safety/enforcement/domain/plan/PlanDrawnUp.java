package cn.safety.enforcement.domain.plan;

/** A department drew up the first draft of its plan for a year. */
public record PlanDrawnUp(PlanSnapshot after) implements PlanChange {

    public static PlanDrawnUp of(Plan saved) {
        return new PlanDrawnUp(saved.snapshot());
    }

    @Override
    public PlanSnapshot before() {
        return null;
    }
}
