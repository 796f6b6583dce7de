package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * 指定管辖 (R1, 002§(一)): when two departments dispute an enterprise (for instance a credit code registered by a
 * department beside the one where it now operates), an admin of their common upper department designates the
 * department that handles it, giving the reason and the designating document's number. The assignment history keeps
 * both.
 */
@Service
@Transactional
public class DesignatingJurisdiction {

    private final EnterpriseCommands commands;
    private final Departments departments;
    private final JurisdictionPolicy policy;

    public DesignatingJurisdiction(EnterpriseCommands commands) {
        this.commands = commands;
        this.departments = commands.departments;
        this.policy = commands.policy;
    }

    /** Designates {@code departmentId} for enterprise {@code id}; {@code seenVersion} null skips the version check. */
    public Enterprise designate(Actor actor, long id, Long seenVersion, Long departmentId, String reason,
                                String documentNumber) {
        Enterprise e = commands.load(id);
        policy.requireCanRead(actor, e);
        if (departmentId == null) {
            throw new RuleViolation("departmentId", "department.required");
        }
        Department current = departments.findById(e.getDepartmentId()).orElseThrow();
        // an unknown department and one outside the admin's sight get the same answer (requireCanDesignate)
        Department to = departments.findById(departmentId)
                .orElseThrow(() -> new RuleViolation("departmentId", "department.unknown"));
        policy.requireCanDesignate(actor, e, current, to);
        EnterpriseCommands.checkVersion(e, seenVersion);
        return commands.store(e, e.designate(to, reason, documentNumber, actor.username(), commands.now()));
    }

    /** The enterprise with the departments its admin may designate; for the page. */
    @Transactional(readOnly = true)
    public Choice choiceFor(Actor actor, long id) {
        Enterprise e = commands.load(id);
        policy.requireCanRead(actor, e);
        Department current = departments.findById(e.getDepartmentId()).orElseThrow();
        return new Choice(e, current, policy.canDesignate(actor, e, current),
                policy.designationTargets(actor, e, current));
    }

    /** What the designation page shows: the enterprise, its department, whether the actor may designate, and to whom. */
    public record Choice(Enterprise enterprise, Department current, boolean allowed, List<Department> targets) {
    }
}
