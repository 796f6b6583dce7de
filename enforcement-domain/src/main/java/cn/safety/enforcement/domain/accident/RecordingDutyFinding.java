package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Records that an enterprise's main responsible person failed in their safety duty (主要负责人安全"红线"意识不牢、责任不落实,
 * 002§(二)): the enterprise's department does it, as for accidents.
 */
@Service
@Transactional
public class RecordingDutyFinding {

    private final DutyFindings findings;
    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RecordingDutyFinding(DutyFindings findings, Enterprises enterprises, JurisdictionPolicy policy,
                                ApplicationEventPublisher events, Clock clock) {
        this.findings = findings;
        this.enterprises = enterprises;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public DutyFinding record(Actor actor, long enterpriseId, String finding, LocalDate foundOn) {
        Enterprise e = enterprises.findById(enterpriseId).orElseThrow(() -> new NotFound("Enterprise", enterpriseId));
        policy.requireCanAct(actor, e);
        RecordingRights.requireRecords(actor);
        DutyFinding d = findings.save(DutyFinding.record(e, e.assignedDepartmentId(), finding, foundOn,
                actor.username(), clock.instant(), LocalDate.now(clock)));
        events.publishEvent(DutyFindingRecorded.of(d));
        return d;
    }
}
