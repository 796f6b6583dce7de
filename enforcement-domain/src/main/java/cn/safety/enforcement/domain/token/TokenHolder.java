package cn.safety.enforcement.domain.token;

import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

import java.util.Set;

/**
 * Who presents a valid token: the token's id and the account with its department, as the rules need them, and for an
 * enterprise's account (企业账号) the enterprise it is bound to.
 */
public record TokenHolder(long tokenId, long userId, String username, String fullName, long departmentId,
                          String departmentName, DivisionLevel departmentLevel, Location departmentLocation,
                          Set<Role> roles, boolean entrusted, Long enterpriseId) {

    public TokenHolder {
        roles = Set.copyOf(roles);
    }

    /** A holder in an enforcement department or an organisation entrusted by one. */
    public TokenHolder(long tokenId, long userId, String username, String fullName, long departmentId,
                       String departmentName, DivisionLevel departmentLevel, Location departmentLocation,
                       Set<Role> roles, boolean entrusted) {
        this(tokenId, userId, username, fullName, departmentId, departmentName, departmentLevel, departmentLocation,
                roles, entrusted, null);
    }

    /** A holder in an enforcement department. */
    public TokenHolder(long tokenId, long userId, String username, String fullName, long departmentId,
                       String departmentName, DivisionLevel departmentLevel, Location departmentLocation,
                       Set<Role> roles) {
        this(tokenId, userId, username, fullName, departmentId, departmentName, departmentLevel, departmentLocation,
                roles, false);
    }

    public Actor actor() {
        if (enterpriseId != null) {
            return Actor.ofEnterprise(userId, username, departmentId, departmentLevel, departmentLocation,
                    enterpriseId);
        }
        return new Actor(userId, username, departmentId, departmentLevel, departmentLocation, roles, entrusted);
    }
}
