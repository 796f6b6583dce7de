package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** 延期申请: the enterprise applies, with reasons, for a later deadline before its deadline has passed. */
@Service
@Transactional
public class ApplyingForExtension {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApplyingForExtension(Hazards hazards, HazardAccess access, HazardFiles files,
                                ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile apply(Actor actor, long id, String reasons, LocalDate requestedDeadline,
                                        Long seenVersion) {
        Hazard h = access.toActForEnterprise(actor, id, seenVersion);
        HazardExtensionApplied applied = h.applyForExtension(reasons, requestedDeadline, LocalDate.now(clock),
                actor.username(), clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(applied);
        return files.of(actor, saved);
    }
}
