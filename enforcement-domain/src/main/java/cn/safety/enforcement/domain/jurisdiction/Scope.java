package cn.safety.enforcement.domain.jurisdiction;

import java.util.Set;

/**
 * What a user may read: whole departments, and parts of departments entrusted to the user's organisation (委托执法:
 * the records of one department lying in one township). Every list, count, search, export and autocomplete filters by
 * it; persistence turns it into one SQL condition (see ScopedSpecifications).
 */
public record Scope(Set<Long> departmentIds, Set<Part> parts) {

    /** The records of department {@code departmentId} lying in township {@code townshipId}. */
    public record Part(long departmentId, long townshipId) {
    }

    public Scope {
        departmentIds = Set.copyOf(departmentIds);
        parts = Set.copyOf(parts);
    }

    /** Whole departments only. */
    public Scope(Set<Long> departmentIds) {
        this(departmentIds, Set.of());
    }

    public static Scope nothing() {
        return new Scope(Set.of(), Set.of());
    }

    /** Whether the whole of {@code departmentId} is in scope. */
    public boolean includes(long departmentId) {
        return departmentIds.contains(departmentId);
    }

    /** Whether a record assigned to {@code departmentId} and lying in {@code townshipId} (may be null) is in scope. */
    public boolean covers(long departmentId, Long townshipId) {
        return departmentIds.contains(departmentId)
                || townshipId != null && parts.contains(new Part(departmentId, townshipId));
    }

    public boolean covers(UnderJurisdiction record) {
        return covers(record.assignedDepartmentId(), record.townshipId());
    }

    public boolean isEmpty() {
        return departmentIds.isEmpty() && parts.isEmpty();
    }

    /** True when the scope is made of whole departments only, so counts kept per department answer it. */
    public boolean wholeDepartmentsOnly() {
        return parts.isEmpty();
    }
}
