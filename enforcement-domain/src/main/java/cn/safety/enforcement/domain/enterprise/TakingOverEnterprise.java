package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** 提级管辖: a higher department takes an enterprise of its area into the actor's own department, with a reason. */
@Service
@Transactional
public class TakingOverEnterprise {

    private final Enterprises enterprises;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public TakingOverEnterprise(Enterprises enterprises, Departments departments, JurisdictionPolicy policy,
                                Clock clock, ApplicationEventPublisher events) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    /** {@code seenVersion} null: the caller (the API) does not ask for the version check. */
    public Enterprise takeOver(Actor actor, long id, Long seenVersion, String reason) {
        Enterprise e = enterprises.findById(id).orElseThrow(() -> new NotFound(EnterpriseChange.AGGREGATE, id));
        policy.requireCanTakeOver(actor, e);
        if (seenVersion != null) {
            StaleVersion.check(EnterpriseChange.AGGREGATE, id, seenVersion, e.getVersion());
        }
        Department own = departments.findById(actor.departmentId())
                .orElseThrow(() -> new IllegalStateException("user without department: " + actor.username()));
        EnterpriseTakenOver takenOver = e.takeOver(own, reason, actor.username(), clock.instant());
        enterprises.save(e);
        events.publishEvent(takenOver);
        return e;
    }
}
