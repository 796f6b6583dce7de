package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * 整改方案 (五落实, 004§7): the enterprise hands in its plan — goal, responsible person, funds, measures, planned
 * completion — through its own account, or the department's staff enter the paper plan; rectification begins.
 */
@Service
@Transactional
public class PlanningRectification {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PlanningRectification(Hazards hazards, HazardAccess access, HazardFiles files,
                                 ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile plan(Actor actor, long id, Hazard.Plan plan, Long seenVersion) {
        Hazard h = access.toActForEnterprise(actor, id, seenVersion);
        HazardRectificationPlanned planned = h.plan(plan, actor.username(), clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(planned);
        return files.of(actor, saved);
    }
}
