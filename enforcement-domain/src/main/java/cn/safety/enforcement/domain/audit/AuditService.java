package cn.safety.enforcement.domain.audit;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Admins read the record of their own area and verify that the whole chain is intact. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditTrail trail;
    private final JurisdictionPolicy policy;

    public AuditService(AuditTrail trail, JurisdictionPolicy policy) {
        this.trail = trail;
        this.policy = policy;
    }

    public List<AuditEntry> latest(Actor actor, Long beforeId, int limit) {
        requireAdmin(actor);
        return trail.latest(policy.scopeFor(actor).departmentIds(), beforeId, Math.max(1, Math.min(limit, 200)));
    }

    public AuditVerification verify(Actor actor) {
        requireAdmin(actor);
        return trail.verify();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OutOfJurisdiction("jurisdiction.admin.only");
        }
    }
}
