package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Component;

/**
 * Loads a hazard for a use case: outside the actor's read scope it is not found (its existence is not told); read but
 * not acted on, out of jurisdiction. A version the caller saw that is no longer current is a stale version.
 */
@Component
public class HazardAccess {

    private final Hazards hazards;
    private final JurisdictionPolicy policy;

    public HazardAccess(Hazards hazards, JurisdictionPolicy policy) {
        this.hazards = hazards;
        this.policy = policy;
    }

    public Hazard toRead(Actor actor, long id) {
        Hazard h = hazards.findById(id).orElseThrow(() -> new NotFound("hazard", id));
        policy.requireCanRead(actor, h);
        return h;
    }

    /** The department's acts: its enforcement staff ({@link HazardGuards#STAFF_ACTS}). */
    public Hazard toAct(Actor actor, long id, Long seenVersion) {
        Hazard h = toRead(actor, id);
        policy.requireCanAct(actor, h);
        HazardGuards.STAFF_ACTS.require(actor, h);
        checkVersion(h, seenVersion);
        return h;
    }

    /** The enterprise's acts: its own account, or the department's staff entering what it handed in. */
    public Hazard toActForEnterprise(Actor actor, long id, Long seenVersion) {
        Hazard h = toRead(actor, id);
        policy.requireCanActForEnterprise(actor, h);
        if (!actor.isEnterprise()) {
            HazardGuards.STAFF_ACTS.require(actor, h);
        }
        checkVersion(h, seenVersion);
        return h;
    }

    /** A supervisor's decision on the department's hazard ({@link HazardGuards#SUPERVISOR_DECIDES}). */
    public Hazard toDecide(Actor actor, long id, Long seenVersion) {
        Hazard h = toRead(actor, id);
        policy.requireCanAct(actor, h);
        HazardGuards.SUPERVISOR_DECIDES.require(actor, h);
        checkVersion(h, seenVersion);
        return h;
    }

    public boolean canAct(Actor actor, Hazard h) {
        return policy.canAct(actor, h) && HazardGuards.STAFF_ACTS.apply(actor, h).isEmpty();
    }

    private static void checkVersion(Hazard h, Long seen) {
        if (seen != null) {
            StaleVersion.check("hazard", h.getId(), seen, h.getVersion());
        }
    }
}
