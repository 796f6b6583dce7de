package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.audit.Snapshot;

import java.util.List;

/**
 * An enterprise as the record keeps it (the keys of its audit entries, labelled {@code enterprise.<field>}), with the
 * township it lies in when recorded.
 */
public record EnterpriseSnapshot(Long id, String creditCode, String name, String address, String divisionCode,
                                 Sector sector, List<Feature> features, int employees, Scale scale, String legalRepresentative,
                                 String mainResponsiblePerson, boolean safetyOrganization, int fullTimeSafetyStaff,
                                 int partTimeSafetyStaff, StandardizationGrade standardizationGrade,
                                 RiskGrade riskGrade, int majorHazardSources, OperatingStatus status,
                                 Long departmentId, Long townshipId) implements Snapshot {
}
