package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Scale;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;

/** {@code POST /api/v1/enterprises}: the required fields of the contract, and the optional rest of the profile. */
public record EnterpriseRequest(
        String creditCode,
        String name,
        String divisionCode,
        String address,
        Sector sector,
        Integer employees,
        RiskGrade riskGrade,
        Scale scale,
        String legalRepresentative,
        String mainResponsiblePerson,
        Boolean safetyOrganization,
        Integer fullTimeSafetyStaff,
        Integer partTimeSafetyStaff,
        StandardizationGrade standardizationGrade,
        Integer majorHazardSources,
        OperatingStatus status) {

    EnterpriseProfile toProfile() {
        return new EnterpriseProfile(name, address, sector, employees, scale, legalRepresentative,
                mainResponsiblePerson, Boolean.TRUE.equals(safetyOrganization), fullTimeSafetyStaff,
                partTimeSafetyStaff, standardizationGrade, riskGrade, majorHazardSources, status);
    }
}
