package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 验收 (major hazards): the enterprise reports the acceptance of its rectification by experts — who they were, their
 * conclusion, their report as evidence; the department's re-check becomes due within the days the rule data sets
 * (安全生产事故隐患排查治理暂行规定 第二十三条: 10日内).
 */
@Service
@Transactional
public class ReportingAcceptance {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final HazardEvidence evidence;
    private final RecheckWithinDays recheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReportingAcceptance(Hazards hazards, HazardAccess access, HazardFiles files, HazardEvidence evidence,
                               RecheckWithinDays recheck, ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.evidence = evidence;
        this.recheck = recheck;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile report(Actor actor, long id, String experts, String conclusion,
                                         List<Long> evidenceIds, Long seenVersion) {
        Hazard h = access.toActForEnterprise(actor, id, seenVersion);
        HazardAcceptanceReported reported = h.reportAcceptance(experts, conclusion, evidenceIds, evidence.ownIds(h),
                recheck.of(h, LocalDate.now(clock)), actor.username(), clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(reported);
        return files.of(actor, saved);
    }
}
