package cn.safety.enforcement.domain.jurisdiction;

import java.util.Set;

/** The departments whose records a user may read. Every list, count, search, export and autocomplete filters by it. */
public record Scope(Set<Long> departmentIds) {

    public Scope {
        departmentIds = Set.copyOf(departmentIds);
    }

    public boolean includes(long departmentId) {
        return departmentIds.contains(departmentId);
    }
}
