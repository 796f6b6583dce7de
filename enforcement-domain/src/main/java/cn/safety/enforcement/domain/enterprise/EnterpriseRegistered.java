package cn.safety.enforcement.domain.enterprise;

/** An enterprise was registered (登记) and assigned to the registering department. */
public record EnterpriseRegistered(EnterpriseSnapshot after) implements EnterpriseChange {

    public static EnterpriseRegistered of(Enterprise registered) {
        return new EnterpriseRegistered(registered.snapshot());
    }

    @Override
    public EnterpriseSnapshot before() {
        return null;
    }
}
