package cn.safety.enforcement.domain.plan;

/**
 * A plan item with the inspections done for it: {@code completed} completed, {@code open} begun and not completed;
 * {@code overdue} when its month has passed without a completed inspection.
 */
public record ItemProgress(long id, long planId, long enterpriseId, String enterpriseName, String creditCode,
                           PlanItemKind kind, java.util.List<String> reasonCodes, int requiredInspections,
                           Integer month, long completed, long open, ItemState state, boolean overdue) {

    public ItemProgress {
        reasonCodes = java.util.List.copyOf(reasonCodes);
    }
}
