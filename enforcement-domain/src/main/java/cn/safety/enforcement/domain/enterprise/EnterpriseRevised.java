package cn.safety.enforcement.domain.enterprise;

/** What is recorded about an enterprise was revised by its department. */
public record EnterpriseRevised(EnterpriseSnapshot before, EnterpriseSnapshot after) implements EnterpriseChange {
}
