package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.rule.RuleParameters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Records an accident at an enterprise the actor acts on, graded by the thresholds in force on the day it happened
 * (生产安全事故报告和调查处理条例 第三条). An enterprise the actor cannot see is refused on {@code enterpriseId} exactly
 * like one that does not exist; one the actor sees but does not act on (an upper department's) is refused as out of
 * jurisdiction.
 */
@Service
@Transactional
public class RecordingAccident {

    private final Accidents accidents;
    private final Enterprises enterprises;
    private final RuleParameters rules;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RecordingAccident(Accidents accidents, Enterprises enterprises, RuleParameters rules,
                             JurisdictionPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.accidents = accidents;
        this.enterprises = enterprises;
        this.rules = rules;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public Accident record(Actor actor, Long enterpriseId, Accident.Report report) {
        if (enterpriseId == null) {
            throw new RuleViolation("enterpriseId", "accident.enterprise.required");
        }
        Enterprise e = enterprises.findById(enterpriseId).filter(x -> policy.canRead(actor, x))
                .orElseThrow(() -> new RuleViolation("enterpriseId", "accident.enterprise.unknown"));
        policy.requireCanAct(actor, e);
        RecordingRights.requireRecords(actor);
        String province = e.getLocation().provinceCode();
        Accident a = accidents.save(Accident.record(e, e.assignedDepartmentId(), report,
                day -> AccidentGrading.inForce(rules, province, day), actor.username(), clock.instant(),
                clock.getZone()));
        events.publishEvent(AccidentRecorded.of(a));
        return a;
    }
}
