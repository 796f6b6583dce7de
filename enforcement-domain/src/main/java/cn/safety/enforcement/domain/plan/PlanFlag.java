package cn.safety.enforcement.domain.plan;

/** Marks on an item that the planning section must look at; they never change the numbers by themselves. */
public final class PlanFlag {

    /** The item needs more inspections than the province's yearly per-enterprise cap (国办发〔2024〕54号). */
    public static final String OVER_CAP = "OVER_CAP";

    /** A move to spot checks made on an earlier generation was undone: the enterprise now has a dynamic trigger. */
    public static final String MOVE_UNDONE = "MOVE_UNDONE";

    private PlanFlag() {
    }
}
