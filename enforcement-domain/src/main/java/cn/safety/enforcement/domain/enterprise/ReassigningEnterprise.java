package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** 调整管辖: an admin moves an enterprise to another department of their area, with a reason. */
@Service
@Transactional
public class ReassigningEnterprise {

    private final Enterprises enterprises;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ReassigningEnterprise(Enterprises enterprises, Departments departments, JurisdictionPolicy policy,
                                 Clock clock, ApplicationEventPublisher events) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    /** {@code seenVersion} null: the caller (the API) does not ask for the version check. */
    public Enterprise reassign(Actor actor, long id, Long seenVersion, Long departmentId, String reason) {
        Enterprise e = enterprises.findById(id).orElseThrow(() -> new NotFound(EnterpriseChange.AGGREGATE, id));
        policy.requireCanRead(actor, e);
        if (departmentId == null) {
            throw new RuleViolation("departmentId", "department.required");
        }
        // an unknown department and one outside the admin's sight get the same answer (requireCanReassign)
        Department to = departments.findById(departmentId)
                .orElseThrow(() -> new RuleViolation("departmentId", "department.unknown"));
        policy.requireCanReassign(actor, e, to, e.getLocation());
        if (seenVersion != null) {
            StaleVersion.check(EnterpriseChange.AGGREGATE, id, seenVersion, e.getVersion());
        }
        EnterpriseReassigned reassigned = e.reassign(to, reason, actor.username(), clock.instant());
        enterprises.save(e);
        events.publishEvent(reassigned);
        return e;
    }
}
