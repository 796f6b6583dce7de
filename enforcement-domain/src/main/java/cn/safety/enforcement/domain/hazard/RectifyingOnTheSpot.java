package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** 当场整改: a general hazard fixed while the inspectors are there is recorded with its evidence and closed at once. */
@Service
@Transactional
public class RectifyingOnTheSpot {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final HazardEvidence evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RectifyingOnTheSpot(Hazards hazards, HazardAccess access, HazardFiles files, HazardEvidence evidence,
                               ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile rectify(Actor actor, long id, String description, List<Long> evidenceIds,
                                          Long seenVersion) {
        Hazard h = access.toAct(actor, id, seenVersion);
        HazardRectifiedOnTheSpot closed = h.rectifyOnTheSpot(description, evidenceIds, evidence.ownIds(h),
                actor.username(), clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(closed);
        return files.of(actor, saved);
    }
}
