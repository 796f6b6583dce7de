package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 调整管辖: an admin moves an enterprise to another department of their area, with a reason. */
@Service
@Transactional
public class ReassigningEnterprise {

    private final EnterpriseCommands commands;
    private final JurisdictionPolicy policy;

    public ReassigningEnterprise(EnterpriseCommands commands) {
        this.commands = commands;
        this.policy = commands.policy;
    }

    /** {@code seenVersion} null: the caller (the API) does not ask for the version check. */
    public Enterprise reassign(Actor actor, long id, Long seenVersion, Long departmentId, String reason) {
        Enterprise e = commands.load(id);
        policy.requireCanRead(actor, e);
        if (departmentId == null) {
            throw new RuleViolation("departmentId", "department.required");
        }
        // an unknown department and one outside the admin's sight get the same answer (requireCanReassign)
        Department to = commands.departments.findById(departmentId)
                .orElseThrow(() -> new RuleViolation("departmentId", "department.unknown"));
        policy.requireCanReassign(actor, e, to, e.getLocation());
        EnterpriseCommands.checkVersion(e, seenVersion);
        return commands.store(e, e.reassign(to, reason, actor.username(), commands.now()));
    }
}
