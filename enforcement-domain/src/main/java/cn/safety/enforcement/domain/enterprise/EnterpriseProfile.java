package cn.safety.enforcement.domain.enterprise;

/**
 * What a department records about an enterprise beyond its identity and location: the fields of R2 that a create or
 * edit form carries. Blank optional texts are null.
 */
public record EnterpriseProfile(
        String name,
        String address,
        Sector sector,
        Integer employees,
        Scale scale,
        String legalRepresentative,
        String mainResponsiblePerson,
        boolean safetyOrganization,
        Integer fullTimeSafetyStaff,
        Integer partTimeSafetyStaff,
        StandardizationGrade standardizationGrade,
        RiskGrade riskGrade,
        Integer majorHazardSources,
        OperatingStatus status) {

    /** The minimum an API client or an import row must give; the rest takes the usual defaults. */
    public static EnterpriseProfile basic(String name, String address, Sector sector, Integer employees,
                                          RiskGrade riskGrade) {
        return new EnterpriseProfile(name, address, sector, employees, null, null, null, false, 0, 0,
                StandardizationGrade.NONE, riskGrade, 0, OperatingStatus.OPERATING);
    }
}
