package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 延期审批: a supervisor of the hazard's department ({@link HazardGuards#SUPERVISOR_DECIDES}) approves the waiting
 * application with the new deadline, or refuses it.
 */
@Service
@Transactional
public class DecidingExtension {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DecidingExtension(Hazards hazards, HazardAccess access, HazardFiles files,
                             ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile decide(Actor actor, long id, Boolean approved, LocalDate newDeadline, String note,
                                         Long seenVersion) {
        Hazard h = access.toDecide(actor, id, seenVersion);
        HazardExtensionDecided decided = h.decideExtension(approved, newDeadline, note, actor.username(),
                clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(decided);
        return files.of(actor, saved);
    }
}
