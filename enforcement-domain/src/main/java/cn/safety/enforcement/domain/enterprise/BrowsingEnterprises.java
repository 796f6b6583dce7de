package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The list page: the enterprises the actor may see, newest first, a page at a time forwards and backwards by keyset,
 * with the total within the actor's scope. The total of the whole scope, of one department or one risk grade is read
 * from the counts kept per department and grade; any other filter (name, division, sector) is counted up to
 * {@value #COUNTED_UP_TO} matches, and a larger total is shown as "more than" that.
 */
@Service
@Transactional(readOnly = true)
public class BrowsingEnterprises {

    public static final int COUNTED_UP_TO = 10_000;
    private static final int MAX_PAGE = 200;

    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;

    public BrowsingEnterprises(Enterprises enterprises, JurisdictionPolicy policy) {
        this.enterprises = enterprises;
        this.policy = policy;
    }

    /** A page of the list: its rows, the cursor of the page after it and of the page before it (null: none). */
    public record Page(List<Enterprise> items, Long next, Long previous) {
    }

    /** How many enterprises the list holds: exactly {@code count}, or more than it when {@code exact} is false. */
    public record Total(long count, boolean exact) {
    }

    /**
     * The page after {@code after} (rows older than it), or the page before {@code before} (rows newer than it), or the
     * first page when neither is given.
     */
    public Page page(Actor actor, EnterpriseFilter filter, Long after, Long before, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        Scope scope = policy.scopeFor(actor);
        if (before != null && after == null) {
            List<Enterprise> rows = new ArrayList<>(enterprises.pageBefore(scope, filter, before, limit + 1));
            boolean newer = rows.size() > limit;
            List<Enterprise> items = new ArrayList<>(newer ? rows.subList(0, limit) : rows);
            Collections.reverse(items);
            if (items.isEmpty()) {
                return page(actor, filter, null, null, size);
            }
            return new Page(List.copyOf(items), items.get(items.size() - 1).getId(),
                    newer ? items.get(0).getId() : null);
        }
        List<Enterprise> rows = enterprises.page(scope, filter, after, limit + 1);
        boolean older = rows.size() > limit;
        List<Enterprise> items = older ? rows.subList(0, limit) : rows;
        return new Page(List.copyOf(items), older ? items.get(limit - 1).getId() : null,
                after != null && !items.isEmpty() ? items.get(0).getId() : null);
    }

    public Total total(Actor actor, EnterpriseFilter filter) {
        Scope scope = policy.scopeFor(actor);
        // counts are kept per whole department: the township parts entrusted to an organisation are counted from rows
        boolean kept = isBlank(filter.q()) && isBlank(filter.divisionCode()) && filter.sector() == null
                && filter.feature() == null && scope.wholeDepartmentsOnly();
        if (kept) {
            return new Total(enterprises.countKept(scope, filter.departmentId(), filter.riskGrade()), true);
        }
        if (enterprises.holdsMoreThan(scope, filter, COUNTED_UP_TO)) {
            return new Total(COUNTED_UP_TO, false);
        }
        return new Total(enterprises.countMatching(scope, filter), true);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
