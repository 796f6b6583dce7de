package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Component;

/**
 * Loads an inspection for a use case: one outside the actor's scope is not found (its existence is not told); one the
 * actor reads but does not act on (an inspection of a department below) is out of jurisdiction. A version the caller
 * saw that is no longer current is a stale version.
 */
@Component
public class InspectionAccess {

    private final Inspections inspections;
    private final JurisdictionPolicy policy;

    public InspectionAccess(Inspections inspections, JurisdictionPolicy policy) {
        this.inspections = inspections;
        this.policy = policy;
    }

    public Inspection toRead(Actor actor, long id) {
        Inspection i = inspections.findById(id).orElseThrow(() -> new NotFound("inspection", id));
        policy.requireCanRead(actor, i);
        return i;
    }

    /** The inspecting department's users (and an organisation entrusted with the enterprise's township) act on it. */
    public Inspection toAct(Actor actor, long id, Long seenVersion) {
        Inspection i = toRead(actor, id);
        policy.requireCanAct(actor, i);
        checkVersion(i, seenVersion);
        return i;
    }

    /** Approval: a supervisor of the inspecting department or above, not one of its inspectors. */
    public Inspection toApprove(Actor actor, long id, Long seenVersion) {
        Inspection i = toRead(actor, id);
        ApprovalPolicy.refusal(actor, i).ifPresent(code -> {
            throw new OutOfJurisdiction(code);
        });
        checkVersion(i, seenVersion);
        return i;
    }

    public boolean canAct(Actor actor, Inspection i) {
        return policy.canAct(actor, i);
    }

    private static void checkVersion(Inspection i, Long seen) {
        if (seen != null) {
            StaleVersion.check("inspection", i.getId(), seen, i.getVersion());
        }
    }
}
