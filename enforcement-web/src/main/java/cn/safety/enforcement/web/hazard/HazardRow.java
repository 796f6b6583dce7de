package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.hazard.ReadingHazards;

import java.time.LocalDate;

/** One line of the hazard list, as the API shows it (nothing internal: the same for staff and enterprises). */
public record HazardRow(long id, long enterpriseId, String enterpriseName, long departmentId, String departmentName,
                        String source, String grade, String state, String description, LocalDate deadline,
                        Long daysLeft, LocalDate recheckDeadline, boolean overdue, boolean escalated,
                        Long supervisedByDepartmentId, long version) {

    static HazardRow of(ReadingHazards.Row r) {
        return new HazardRow(r.id(), r.enterpriseId(), r.enterpriseName(), r.departmentId(), r.departmentName(),
                r.source().name(), r.grade().name(), r.status().name(), r.description(), r.dueOn(), r.daysLeft(),
                r.recheckDueOn(), r.overdue(), r.escalated(), r.supervisedByDepartmentId(), r.version());
    }
}
