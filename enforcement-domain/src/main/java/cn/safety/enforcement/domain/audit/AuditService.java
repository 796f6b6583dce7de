package cn.safety.enforcement.domain.audit;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Admins read the record of their own area; province admins verify that their province's chain is intact. */
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

    /** Verifies the chain of the actor's province, and only that one: what it counts is that province's entries. */
    public AuditVerification verify(Actor actor) {
        return trail.verifyChain(policy.requireCanVerifyAudit(actor));
    }

    /** Whether the actor may run the verification, so that pages offer it only to them. */
    public boolean mayVerify(Actor actor) {
        return policy.canVerifyAudit(actor);
    }
}
