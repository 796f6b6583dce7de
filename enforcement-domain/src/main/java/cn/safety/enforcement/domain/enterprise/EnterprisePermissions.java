package cn.safety.enforcement.domain.enterprise;

/** What the signed-in user may do with one enterprise, so pages offer only the actions that will be allowed. */
public record EnterprisePermissions(boolean revise, boolean reassign, boolean takeOver, boolean designate) {

    public EnterprisePermissions(boolean revise, boolean reassign, boolean takeOver) {
        this(revise, reassign, takeOver, false);
    }
}
