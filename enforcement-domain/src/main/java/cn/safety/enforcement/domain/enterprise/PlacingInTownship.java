package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.Townships;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PlacingInTownship(Enterprises enterprises, Townships townships, JurisdictionPolicy policy,
                             ApplicationEventPublisher events, Clock clock) {
        this.enterprises = enterprises;
        this.townships = townships;
        this.policy = policy;
        this.events = events;
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
        // the entry belongs to the enterprise's department: in whose name an entrusted organisation acts
        EnterprisePlacedInTownship placed = e.placeIn(township, clock.instant());
        policy.requireStillWithin(actor, e);
        enterprises.save(e);
        events.publishEvent(placed);
        return e;
    }
}
