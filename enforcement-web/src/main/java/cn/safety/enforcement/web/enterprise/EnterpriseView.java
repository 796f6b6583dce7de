package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.web.department.DepartmentView;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise as pages and the API show it: codes for enums (features in their usual order), the division's name,
 * the assigned department, and the township, street or zone it lies in when recorded ({@code townshipId}, see
 * {@code GET /api/v1/townships}, and its name).
 */
public record EnterpriseView(
        Long id,
        String creditCode,
        String name,
        String address,
        String divisionCode,
        String divisionName,
        String sector,
        List<String> features,
        int employees,
        String scale,
        String legalRepresentative,
        String mainResponsiblePerson,
        boolean safetyOrganization,
        int fullTimeSafetyStaff,
        int partTimeSafetyStaff,
        String standardizationGrade,
        String riskGrade,
        int majorHazardSources,
        String status,
        DepartmentView department,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Long townshipId,
        String townshipName) {
}
