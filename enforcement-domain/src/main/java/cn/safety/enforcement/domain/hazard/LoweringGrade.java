package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Lowering a major hazard to a general one: the department's staff ask, with a reason; a supervisor who did not ask
 * ({@link HazardGuards#SUPERVISOR_DECIDES}) approves or refuses. Until approved the hazard stays major.
 */
@Service
@Transactional
public class LoweringGrade {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LoweringGrade(Hazards hazards, HazardAccess access, HazardFiles files, ApplicationEventPublisher events,
                         Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** {@code to}: the grade asked for; only GENERAL (from MAJOR) is a lowering. */
    public HazardFiles.HazardFile request(Actor actor, long id, HazardGrade to, String reason, Long seenVersion) {
        if (to != null && to != HazardGrade.GENERAL) {
            throw new RuleViolation("grade", "hazard.gradeLowering.generalOnly");
        }
        Hazard h = access.toAct(actor, id, seenVersion);
        HazardGradeLoweringRequested requested = h.requestGradeLowering(reason, actor.username(), clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(requested);
        return files.of(actor, saved);
    }

    public HazardFiles.HazardFile decide(Actor actor, long id, Boolean approved, String note, Long seenVersion) {
        Hazard h = access.toDecide(actor, id, seenVersion);
        HazardGradeLoweringDecided decided = h.decideGradeLowering(approved, note, actor.username(),
                clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(decided);
        return files.of(actor, saved);
    }
}
