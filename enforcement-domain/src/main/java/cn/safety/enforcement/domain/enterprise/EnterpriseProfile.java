package cn.safety.enforcement.domain.enterprise;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a department records about an enterprise beyond its identity and location: the fields of R2 that a create or
 * edit form carries. Blank optional texts are null; no features is the empty set.
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
        OperatingStatus status,
        Set<Feature> features) {

    public EnterpriseProfile {
        features = features == null || features.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    /** A profile without features. */
    public EnterpriseProfile(String name, String address, Sector sector, Integer employees, Scale scale,
                             String legalRepresentative, String mainResponsiblePerson, boolean safetyOrganization,
                             Integer fullTimeSafetyStaff, Integer partTimeSafetyStaff,
                             StandardizationGrade standardizationGrade, RiskGrade riskGrade,
                             Integer majorHazardSources, OperatingStatus status) {
        this(name, address, sector, employees, scale, legalRepresentative, mainResponsiblePerson, safetyOrganization,
                fullTimeSafetyStaff, partTimeSafetyStaff, standardizationGrade, riskGrade, majorHazardSources, status,
                Set.of());
    }

    /** The minimum an API client or an import row must give; the rest takes the usual defaults. */
    public static EnterpriseProfile basic(String name, String address, Sector sector, Integer employees,
                                          RiskGrade riskGrade) {
        return new EnterpriseProfile(name, address, sector, employees, null, null, null, false, 0, 0,
                StandardizationGrade.NONE, riskGrade, 0, OperatingStatus.OPERATING);
    }

    /** The same profile with these features. */
    public EnterpriseProfile withFeatures(Set<Feature> features) {
        return new EnterpriseProfile(name, address, sector, employees, scale, legalRepresentative,
                mainResponsiblePerson, safetyOrganization, fullTimeSafetyStaff, partTimeSafetyStaff,
                standardizationGrade, riskGrade, majorHazardSources, status, features);
    }
}
