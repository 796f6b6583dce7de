package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 挂牌督办 queue of a department above (R16): the hazards of the departments below it (read through the
 * jurisdiction policy's scope, less the reader's own department, whose hazards are listed for the department above it)
 * that are listed for supervision (open, major or overdue), or supervised and not yet lifted. A city sees its
 * counties'; a province sees its cities' and, below them, what its cities supervise. An inspector, who reads only their
 * own department, has no queue.
 */
@Service
@Transactional(readOnly = true)
public class ReadingSupervisionQueue {

    private final SupervisedHazards queue;
    private final ReadingHazards reading;
    private final JurisdictionPolicy policy;

    public ReadingSupervisionQueue(SupervisedHazards queue, ReadingHazards reading, JurisdictionPolicy policy) {
        this.queue = queue;
        this.reading = reading;
        this.policy = policy;
    }

    public ReadingHazards.Slice list(Actor actor, Long after, int size) {
        if (size < 1 || size > ReadingHazards.MAX_PAGE) {
            throw new RuleViolation("size", "hazard.list.size", ReadingHazards.MAX_PAGE);
        }
        List<Hazard> page = pageFor(actor, after, size + 1);
        boolean more = page.size() > size;
        List<Hazard> shown = more ? page.subList(0, size) : page;
        return new ReadingHazards.Slice(reading.rows(shown), more ? shown.get(shown.size() - 1).getId() : null);
    }

    /** Up to {@code limit} hazards of the actor's queue after {@code after}, without their names. */
    List<Hazard> pageFor(Actor actor, Long after, int limit) {
        if (actor.isEnterprise() || actor.entrusted()) {
            return List.of();
        }
        Set<Long> below = policy.scopeFor(actor).departmentIds().stream()
                .filter(d -> d != actor.departmentId()).collect(Collectors.toSet());
        if (below.isEmpty()) {
            return List.of();
        }
        return queue.pageQueue(new Scope(below), after, limit);
    }
}
