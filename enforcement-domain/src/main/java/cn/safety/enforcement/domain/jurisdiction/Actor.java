package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as the rules see them: who, for which department (and where it sits), with which roles.
 * {@code entrusted} is true for the users of an organisation entrusted to enforce in a department's name (委托执法):
 * what they may read and do comes from the entrustments in force, not from their own department.
 */
public record Actor(long userId, String username, long departmentId, DivisionLevel departmentLevel,
                    Location departmentLocation, Set<Role> roles, boolean entrusted) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** A user of an enforcement department. */
    public Actor(long userId, String username, long departmentId, DivisionLevel departmentLevel,
                 Location departmentLocation, Set<Role> roles) {
        this(userId, username, departmentId, departmentLevel, departmentLocation, roles, false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public AuditActor audit() {
        return new AuditActor(username, departmentId);
    }
}
