package cn.safety.enforcement.domain.plan;

/**
 * 重点检查 (全覆盖), 双随机抽查, and the items an upper department adds for an enterprise of a lower one: 督查 and
 * 交叉互检 (002§(十)).
 */
public enum PlanItemKind {
    KEY, SPOT_CHECK, SUPERVISION, CROSS_CHECK;

    /** The kinds an upper department may add by hand. */
    public boolean addedByUpperDepartment() {
        return this == SUPERVISION || this == CROSS_CHECK;
    }
}
