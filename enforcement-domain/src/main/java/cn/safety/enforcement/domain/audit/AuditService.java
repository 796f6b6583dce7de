package cn.safety.enforcement.domain.audit;

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
        policy.requireCanReadAudit(actor);
        return trail.latest(policy.scopeFor(actor).departmentIds(), beforeId, Math.max(1, Math.min(limit, 200)));
    }

    public AuditVerification verify(Actor actor) {
        policy.requireCanVerifyAudit(actor);
        return trail.verify();
    }

    /** Whether the actor may run the verification, so that pages offer it only to them. */
    public boolean mayVerify(Actor actor) {
        return actor.has(Role.ADMIN)
                && actor.departmentLevel() == cn.safety.enforcement.domain.division.DivisionLevel.PROVINCE;
    }
}
