package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.division.DivisionLevel;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user as the rules see them: who, for which department (and where it sits), with which roles. */
public record Actor(long userId, String username, long departmentId, DivisionLevel departmentLevel,
                    Location departmentLocation, Set<Role> roles) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public AuditActor audit() {
        return new AuditActor(username, departmentId);
    }
}
