package cn.safety.enforcement.domain.enterprise;

/** The township, street or zone the enterprise lies in was recorded (or cleared). */
public record EnterprisePlacedInTownship(EnterpriseSnapshot before, EnterpriseSnapshot after)
        implements EnterpriseChange {
}
