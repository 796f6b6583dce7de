package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.Townships;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;

/**
 * Records which township, street or zone of its division an enterprise lies in: what decides whether an entrusted
 * organisation (委托执法) reaches it. Its department does it, or an entrusted organisation within its own area.
 */
@Service
@Transactional
public class PlacingInTownship {

    private static final String AGGREGATE = "Enterprise";

    private final Enterprises enterprises;
    private final Townships townships;
    private final JurisdictionPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    public PlacingInTownship(Enterprises enterprises, Townships townships, JurisdictionPolicy policy,
                             AuditTrail audit, Clock clock) {
        this.enterprises = enterprises;
        this.townships = townships;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code townshipId} null records that the township is not known. */
    public Enterprise place(Actor actor, long id, Long seenVersion, Long townshipId) {
        Enterprise e = enterprises.findById(id).orElseThrow(() -> new NotFound(AGGREGATE, id));
        policy.requireCanAct(actor, e);
        if (seenVersion != null) {
            StaleVersion.check(AGGREGATE, id, seenVersion, e.getVersion());
        }
        Township township = townshipId == null ? null : townships.findById(townshipId)
                .orElseThrow(() -> new RuleViolation("townshipId", "township.unknown"));
        long acting = policy.actingDepartmentId(actor, e);
        Map<String, Object> before = e.snapshot();
        before.put("townshipId", e.getTownshipId());
        e.placeIn(township, clock.instant());
        policy.requireStillWithin(actor, e);
        enterprises.save(e);
        Map<String, Object> after = e.snapshot();
        after.put("townshipId", e.getTownshipId());
        audit.record(actor.auditInNameOf(acting), AGGREGATE, id, "PLACE_IN_TOWNSHIP", before, after);
        return e;
    }
}
