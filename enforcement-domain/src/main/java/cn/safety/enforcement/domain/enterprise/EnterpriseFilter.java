package cn.safety.enforcement.domain.enterprise;

/**
 * What a list or search asks for; every field is optional. {@code q} matches a part of the name or a whole credit
 * code; {@code divisionCode} matches the division and everything below it; {@code feature} keeps the enterprises
 * that have it.
 */
public record EnterpriseFilter(String q, String divisionCode, Sector sector, RiskGrade riskGrade, Long departmentId,
                               Feature feature) {

    public EnterpriseFilter(String q, String divisionCode, Sector sector, RiskGrade riskGrade, Long departmentId) {
        this(q, divisionCode, sector, riskGrade, departmentId, null);
    }

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null, null);
    }
}
