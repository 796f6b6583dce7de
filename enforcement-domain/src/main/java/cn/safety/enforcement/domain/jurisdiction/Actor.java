package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as the rules see them: who, for which department (and where it sits), with which roles.
 * {@code enterpriseId} is set for the account of an enterprise (see {@link #ofEnterprise}).
 * {@code entrusted} is true for the users of an organisation entrusted to enforce in a department's name (委托执法):
 * what they may read and do comes from the entrustments in force, not from their own department.
 */
public record Actor(long userId, String username, long departmentId, DivisionLevel departmentLevel,
                    Location departmentLocation, Set<Role> roles, boolean entrusted, Long enterpriseId)
        implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
        if (enterpriseId != null && (entrusted || !roles.equals(Set.of(Role.ENTERPRISE)))) {
            throw new IllegalArgumentException("an enterprise account holds the role ENTERPRISE alone");
        }
        if (enterpriseId == null && roles.contains(Role.ENTERPRISE)) {
            throw new IllegalArgumentException("the role ENTERPRISE needs the enterprise the account is bound to");
        }
    }

    /** A user of an enforcement department, or of an organisation entrusted by one. */
    public Actor(long userId, String username, long departmentId, DivisionLevel departmentLevel,
                 Location departmentLocation, Set<Role> roles, boolean entrusted) {
        this(userId, username, departmentId, departmentLevel, departmentLocation, roles, entrusted, null);
    }

    /** A user of an enforcement department. */
    public Actor(long userId, String username, long departmentId, DivisionLevel departmentLevel,
                 Location departmentLocation, Set<Role> roles) {
        this(userId, username, departmentId, departmentLevel, departmentLocation, roles, false);
    }

    /**
     * The account of an enterprise (企业账号, 000§(八) 企业自查自报自改), bound to {@link #enterpriseId}: it reads only
     * that enterprise's own records and acts only as that enterprise; {@code departmentId} is the department that
     * opened the account, never a scope.
     */
    public static Actor ofEnterprise(long userId, String username, long departmentId, DivisionLevel departmentLevel,
                                     Location departmentLocation, long enterpriseId) {
        return new Actor(userId, username, departmentId, departmentLevel, departmentLocation,
                Set.of(Role.ENTERPRISE), false, enterpriseId);
    }

    public boolean isEnterprise() {
        return enterpriseId != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public AuditActor audit() {
        return new AuditActor(username, departmentId);
    }
}
