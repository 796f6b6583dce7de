package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The enterprise reports its rectification with evidence attached to the hazard; the department's re-check becomes
 * due within the days the rule data sets ({@link RecheckWithinDays}).
 */
@Service
@Transactional
public class ReportingRectification {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final HazardEvidence evidence;
    private final RecheckWithinDays recheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReportingRectification(Hazards hazards, HazardAccess access, HazardFiles files, HazardEvidence evidence,
                                  RecheckWithinDays recheck, ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.evidence = evidence;
        this.recheck = recheck;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile report(Actor actor, long id, String description, List<Long> evidenceIds,
                                         Long seenVersion) {
        Hazard h = access.toActForEnterprise(actor, id, seenVersion);
        HazardRectificationReported reported = h.reportRectification(description, evidenceIds, evidence.ownIds(h),
                recheck.of(h, LocalDate.now(clock)), actor.username(), clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(reported);
        return files.of(actor, saved);
    }
}
