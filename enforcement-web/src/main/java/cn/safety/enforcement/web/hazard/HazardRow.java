package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.hazard.ReadingHazards;

import java.time.LocalDate;

/**
 * One line of the hazard list, as the API shows it (nothing internal: the same for staff and enterprises).
 * {@code daysLeft}: calendar days from today until {@code deadline} while the enterprise is under order (negative once
 * passed), null otherwise; {@code deadlineUnit}: how the deadline was given, WORKING_DAYS (the order counted working
 * days on the calendar) or CALENDAR_DAYS (a date).
 */
public record HazardRow(long id, long enterpriseId, String enterpriseName, long departmentId, String departmentName,
                        String source, String grade, String state, String description, LocalDate deadline,
                        String deadlineUnit, Long daysLeft, LocalDate recheckDeadline, boolean overdue,
                        boolean escalated, Long supervisedByDepartmentId, long version) {

    static HazardRow of(ReadingHazards.Row r) {
        return new HazardRow(r.id(), r.enterpriseId(), r.enterpriseName(), r.departmentId(), r.departmentName(),
                r.source().name(), r.grade().name(), r.status().name(), r.description(), r.dueOn(),
                r.dueUnit() == null ? null : r.dueUnit().name(), r.daysLeft(),
                r.recheckDueOn(), r.overdue(), r.escalated(), r.supervisedByDepartmentId(), r.version());
    }
}
