package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's one way to move an enterprise to a department: a take-over (提级管辖) when that is the actor's own
 * department above the current one, otherwise a reassignment, which only admins may make.
 */
@Service
@Transactional
public class MovingEnterprise {

    private final EnterpriseCommands commands;
    private final TakingOverEnterprise takingOver;
    private final ReassigningEnterprise reassigning;

    public MovingEnterprise(EnterpriseCommands commands, TakingOverEnterprise takingOver,
                     ReassigningEnterprise reassigning) {
        this.commands = commands;
        this.takingOver = takingOver;
        this.reassigning = reassigning;
    }

    public Enterprise moveTo(Actor actor, long id, Long seenVersion, long departmentId, String reason) {
        Enterprise e = commands.load(id);
        if (departmentId == actor.departmentId() && commands.policy.canTakeOver(actor, e)) {
            return takingOver.takeOver(actor, id, seenVersion, reason);
        }
        return reassigning.reassign(actor, id, seenVersion, departmentId, reason);
    }
}
