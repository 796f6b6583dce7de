package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Adds an expert to the actor's department's pool (执法+专家). The pool is kept by the department's admins and
 * supervisors; an entrusted organisation keeps none.
 */
@Service
@Transactional
public class AddingExpert {

    private final Experts experts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AddingExpert(Experts experts, ApplicationEventPublisher events, Clock clock) {
        this.experts = experts;
        this.events = events;
        this.clock = clock;
    }

    public Expert add(Actor actor, String name, String speciality, String organisation) {
        requireKeepsPool(actor);
        Expert saved = experts.save(Expert.add(actor.departmentId(), name, speciality, organisation,
                actor.username(), clock.instant()));
        events.publishEvent(ExpertAdded.of(saved));
        return saved;
    }

    /** Who keeps a department's expert pool: its admins and supervisors. */
    public static boolean keepsPool(Actor actor) {
        return !actor.entrusted() && (actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR));
    }

    static void requireKeepsPool(Actor actor) {
        if (!keepsPool(actor)) {
            throw new OutOfJurisdiction("expert.pool.keepersOnly");
        }
    }
}
