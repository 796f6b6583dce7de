package cn.safety.enforcement.domain.audit;

import java.time.LocalDate;

/**
 * What an admin looks for in the record: entries about one type of object ({@code Enterprise}), of one department, made
 * by one user, within a range of days (both included, in the system's time zone), about one object. Every part is
 * optional.
 */
public record AuditFilter(String aggregateType, Long departmentId, String username, LocalDate from, LocalDate to,
                          String aggregateId) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        aggregateType = blankToNull(aggregateType);
        username = blankToNull(username);
        aggregateId = blankToNull(aggregateId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
