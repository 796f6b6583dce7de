package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 提级管辖: a higher department takes an enterprise of its area into the actor's own department, with a reason. */
@Service
@Transactional
public class TakingOverEnterprise {

    private final EnterpriseCommands commands;

    public TakingOverEnterprise(EnterpriseCommands commands) {
        this.commands = commands;
    }

    /** {@code seenVersion} null: the caller (the API) does not ask for the version check. */
    public Enterprise takeOver(Actor actor, long id, Long seenVersion, String reason) {
        Enterprise e = commands.load(id);
        commands.policy.requireCanTakeOver(actor, e);
        EnterpriseCommands.checkVersion(e, seenVersion);
        Department own = commands.ownDepartment(actor);
        return commands.store(e, e.takeOver(own, reason, actor.username(), commands.now()));
    }
}
