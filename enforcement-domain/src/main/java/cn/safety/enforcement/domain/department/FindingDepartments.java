package cn.safety.enforcement.domain.department;

import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The departments page of an admin: the departments they may see, found by a part of the name and by division (the
 * division and everything below it), ordered by division code, a page at a time forwards and backwards by keyset on
 * (division code, id).
 */
@Service
@Transactional(readOnly = true)
public class FindingDepartments {

    private static final Pattern CURSOR = Pattern.compile("(\\d{6})-(\\d{1,18})");
    private static final int MAX_PAGE = 200;

    private final Departments departments;
    private final Divisions divisions;
    private final JurisdictionPolicy policy;

    public FindingDepartments(Departments departments, Divisions divisions, JurisdictionPolicy policy) {
        this.departments = departments;
        this.divisions = divisions;
        this.policy = policy;
    }

    /** What the admin looks for; every part is optional. */
    public record Query(String q, String divisionCode) {
    }

    /** A page: its rows, the cursor of the page after and before it (null: none), the count of all that match. */
    public record Page(List<Department> items, String next, String previous, long total) {
    }

    /** The page after the cursor {@code after}, or before {@code before}, or the first one. */
    public Page find(Actor actor, Query query, String after, String before, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<Long> ids = within(actor, query.divisionCode());
        String pattern = likePattern(query.q());
        if (ids.isEmpty()) {
            return new Page(List.of(), null, null, 0);
        }
        long total = departments.countMatching(ids, pattern);
        Matcher b = before == null ? null : CURSOR.matcher(before.strip());
        if (b != null && b.matches() && after == null) {
            List<Department> rows = departments.pageBefore(ids, pattern, b.group(1), Long.parseLong(b.group(2)),
                    limit + 1);
            boolean earlier = rows.size() > limit;
            List<Department> items = new ArrayList<>(earlier ? rows.subList(0, limit) : rows);
            Collections.reverse(items);
            if (!items.isEmpty()) {
                return new Page(List.copyOf(items), cursor(items.get(items.size() - 1)),
                        earlier ? cursor(items.get(0)) : null, total);
            }
        }
        Matcher a = after == null ? null : CURSOR.matcher(after.strip());
        boolean fromCursor = a != null && a.matches();
        List<Department> rows = departments.pageAfter(ids, pattern, fromCursor ? a.group(1) : "",
                fromCursor ? Long.parseLong(a.group(2)) : Long.MIN_VALUE, limit + 1);
        boolean later = rows.size() > limit;
        List<Department> items = later ? rows.subList(0, limit) : rows;
        return new Page(List.copyOf(items), later ? cursor(items.get(limit - 1)) : null,
                fromCursor && !items.isEmpty() ? cursor(items.get(0)) : null, total);
    }

    /** The ids of the departments the actor may see, within the division when one is chosen. */
    private List<Long> within(Actor actor, String divisionCode) {
        Location area = divisionCode == null || divisionCode.isBlank() ? null
                : divisions.findByCode(divisionCode.strip()).map(d -> d.location()).orElse(null);
        if (divisionCode != null && !divisionCode.isBlank() && area == null) {
            return List.of();
        }
        return policy.visibleDepartments(actor).stream()
                .filter(d -> area == null || area.contains(d.getLocation()))
                .map(Department::getId)
                .toList();
    }

    private static String cursor(Department d) {
        return d.getDivisionCode() + "-" + d.getId();
    }

    /** A LIKE pattern matching names that contain {@code q} literally, ignoring case; every name when q is blank. */
    public static String likePattern(String q) {
        if (q == null || q.isBlank()) {
            return "%";
        }
        String escaped = q.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
