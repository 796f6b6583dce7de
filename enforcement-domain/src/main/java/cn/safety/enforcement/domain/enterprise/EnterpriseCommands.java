package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * What every command on an enterprise shares (登记, 修改, 调整管辖, 提级管辖, 指定管辖, placing in a township): the
 * enterprise by id, the actor's own department, the version the form saw, the time, and storing the enterprise with
 * the one event its command publishes. Each use case keeps its own rule; this keeps their common steps alike.
 */
@Component
final class EnterpriseCommands {

    final Enterprises enterprises;
    final Departments departments;
    final JurisdictionPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EnterpriseCommands(Enterprises enterprises, Departments departments, JurisdictionPolicy policy, Clock clock,
                       ApplicationEventPublisher events) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    /** The enterprise, or not found; jurisdiction is the caller's next step. */
    Enterprise load(long id) {
        return enterprises.findById(id).orElseThrow(() -> new NotFound(EnterpriseChange.AGGREGATE, id));
    }

    /** The department the actor belongs to: what they register into and take over into. */
    Department ownDepartment(Actor actor) {
        return departments.findById(actor.departmentId())
                .orElseThrow(() -> new IllegalStateException("user without department: " + actor.username()));
    }

    /** {@code seenVersion} null: the caller (the API) does not ask for the version check. */
    static void checkVersion(Enterprise e, Long seenVersion) {
        if (seenVersion != null) {
            StaleVersion.check(EnterpriseChange.AGGREGATE, e.getId(), seenVersion, e.getVersion());
        }
    }

    Instant now() {
        return clock.instant();
    }

    /** Stores the changed enterprise and publishes the command's one event, in the command's transaction. */
    Enterprise store(Enterprise e, EnterpriseChange event) {
        enterprises.save(e);
        events.publishEvent(event);
        return e;
    }

    /** Stores a new enterprise and publishes its registration, which needs the id given on saving. */
    Enterprise storeRegistered(Enterprise e) {
        Enterprise saved = enterprises.save(e);
        events.publishEvent(EnterpriseRegistered.of(saved));
        return saved;
    }
}
