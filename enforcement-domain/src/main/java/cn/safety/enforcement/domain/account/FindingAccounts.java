package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.FindingDepartments;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The users page of an admin: the accounts of the departments in their area, found by a part of the username or of
 * the name (姓名) and by division (the departments of that division and below), by id a page at a time forwards and
 * backwards.
 */
@Service
@Transactional(readOnly = true)
public class FindingAccounts {

    private static final int MAX_PAGE = 200;

    private final UserAccounts accounts;
    private final Divisions divisions;
    private final JurisdictionPolicy policy;
    private final cn.safety.enforcement.domain.enterprise.Enterprises enterprises;

    public FindingAccounts(UserAccounts accounts, Divisions divisions, JurisdictionPolicy policy,
                           cn.safety.enforcement.domain.enterprise.Enterprises enterprises) {
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.divisions = divisions;
        this.policy = policy;
    }

    /** What the admin looks for; every part is optional. */
    public record Query(String q, String divisionCode) {
    }

    /** A page: its rows, the id cursors of the page after and before it (null: none), the count of all that match. */
    public record Page(List<UserAccount> items, Long next, Long previous, long total) {
    }

    public Page find(Actor actor, Query query, Long after, Long before, int size) {
        policy.requireAdmin(actor);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<Long> ids = departmentsWithin(actor, query.divisionCode());
        if (ids.isEmpty()) {
            return new Page(List.of(), null, null, 0);
        }
        String pattern = FindingDepartments.likePattern(query.q());
        long total = accounts.countMatching(ids, pattern);
        if (before != null && after == null) {
            List<UserAccount> rows = accounts.pageBefore(ids, pattern, before, limit + 1);
            boolean earlier = rows.size() > limit;
            List<UserAccount> items = new ArrayList<>(earlier ? rows.subList(0, limit) : rows);
            Collections.reverse(items);
            if (!items.isEmpty()) {
                return new Page(List.copyOf(items), items.get(items.size() - 1).getId(),
                        earlier ? items.get(0).getId() : null, total);
            }
        }
        List<UserAccount> rows = accounts.pageAfter(ids, pattern, after == null ? Long.MIN_VALUE : after, limit + 1);
        boolean later = rows.size() > limit;
        List<UserAccount> items = later ? rows.subList(0, limit) : rows;
        return new Page(List.copyOf(items), later ? items.get(limit - 1).getId() : null,
                after != null && !items.isEmpty() ? items.get(0).getId() : null, total);
    }

    /**
     * The names of the enterprises these accounts (already found for the admin) are bound to, by enterprise id, in one
     * query; staff accounts name none.
     */
    public java.util.Map<Long, String> enterpriseNames(List<UserAccount> found) {
        List<Long> ids = found.stream().map(UserAccount::getEnterpriseId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        enterprises.findAllById(ids).forEach(e -> names.put(e.getId(), e.getName()));
        return names;
    }

    private List<Long> departmentsWithin(Actor actor, String divisionCode) {
        boolean chosen = divisionCode != null && !divisionCode.isBlank();
        Location area = chosen ? divisions.findByCode(divisionCode.strip()).map(d -> d.location()).orElse(null) : null;
        if (chosen && area == null) {
            return List.of();
        }
        return policy.visibleDepartments(actor).stream()
                .filter(d -> area == null || area.contains(d.getLocation()))
                .map(Department::getId)
                .toList();
    }
}
