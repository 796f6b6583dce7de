package cn.safety.enforcement.domain.audit;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Admins read the record of their own area (the entries kept with the departments in their scope), filtered and a page
 * at a time, with the names of what it mentions; province admins verify that their province's chain is intact.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    public static final int MAX_PAGE = 200;
    /** The rows of one export file at most. */
    public static final int MAX_EXPORT = 10_000;

    private final AuditTrail trail;
    private final RecordNames names;
    private final JurisdictionPolicy policy;
    private final Clock clock;

    public AuditService(AuditTrail trail, RecordNames names, JurisdictionPolicy policy, Clock clock) {
        this.trail = trail;
        this.names = names;
        this.policy = policy;
        this.clock = clock;
    }

    public List<AuditEntry> latest(Actor actor, Long beforeId, int limit) {
        return page(actor, AuditFilter.NONE, beforeId, null, limit).entries();
    }

    /**
     * One page of the entries the actor may read that match {@code filter}, newest first: those older than
     * {@code beforeId}, or newer than {@code afterId} when it is given, or the newest.
     */
    public AuditPage page(Actor actor, AuditFilter filter, Long beforeId, Long afterId, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        Collection<Long> scope = scopeOf(actor, filter);
        if (scope.isEmpty()) {
            return new AuditPage(List.of(), RecordNames.Names.NONE, null, null);
        }
        List<AuditEntry> rows;
        Long newer;
        Long older;
        if (afterId != null) {
            rows = new ArrayList<>(trail.find(scope, filter, clock.getZone(), null, afterId, limit + 1));
            boolean more = rows.size() > limit;
            if (more) {
                rows = rows.subList(rows.size() - limit, rows.size());
            }
            newer = more ? rows.get(0).id() : null;
            older = rows.isEmpty() ? null : olderThan(scope, filter, rows.get(rows.size() - 1).id());
        } else {
            rows = new ArrayList<>(trail.find(scope, filter, clock.getZone(), beforeId, null, limit + 1));
            boolean more = rows.size() > limit;
            if (more) {
                rows = rows.subList(0, limit);
            }
            older = more ? rows.get(rows.size() - 1).id() : null;
            newer = beforeId == null || rows.isEmpty() ? null : newerThan(scope, filter, rows.get(0).id());
        }
        return new AuditPage(rows, names.of(rows), newer, older);
    }

    /**
     * The entries of one export, newest first: at most {@link #MAX_EXPORT}, read in pages, each with the names of what
     * it mentions.
     */
    public List<AuditPage> export(Actor actor, AuditFilter filter) {
        List<AuditPage> pages = new ArrayList<>();
        Long before = null;
        int rows = 0;
        while (rows < MAX_EXPORT) {
            AuditPage page = page(actor, filter, before, null, MAX_PAGE);
            if (page.entries().isEmpty()) {
                break;
            }
            pages.add(page);
            rows += page.entries().size();
            if (page.older() == null) {
                break;
            }
            before = page.older();
        }
        return pages;
    }

    /** The departments whose entries the actor may read: within their scope, narrowed to the filter's department. */
    private Collection<Long> scopeOf(Actor actor, AuditFilter filter) {
        policy.requireCanReadAudit(actor);
        Set<Long> scope = policy.scopeFor(actor).departmentIds();
        if (filter.departmentId() == null) {
            return scope;
        }
        return scope.contains(filter.departmentId()) ? Set.of(filter.departmentId()) : Set.of();
    }

    private Long olderThan(Collection<Long> scope, AuditFilter filter, long id) {
        return trail.find(scope, filter, clock.getZone(), id, null, 1).isEmpty() ? null : id;
    }

    private Long newerThan(Collection<Long> scope, AuditFilter filter, long id) {
        return trail.find(scope, filter, clock.getZone(), null, id, 1).isEmpty() ? null : id;
    }

    /** Verifies the chain of the actor's province, and only that one: what it counts is that province's entries. */
    public AuditVerification verify(Actor actor) {
        return trail.verifyChain(policy.requireCanVerifyAudit(actor));
    }

    /** Whether the actor may run the verification, so that pages offer it only to them. */
    public boolean mayVerify(Actor actor) {
        return policy.canVerifyAudit(actor);
    }
}
