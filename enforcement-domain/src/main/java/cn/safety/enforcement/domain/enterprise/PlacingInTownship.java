package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.Townships;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Records which township, street or zone of its division an enterprise lies in: what decides whether an entrusted
 * organisation (委托执法) reaches it. Its department does it, or an entrusted organisation within its own area.
 */
@Service
@Transactional
public class PlacingInTownship {

    private final EnterpriseCommands commands;
    private final Townships townships;
    private final JurisdictionPolicy policy;

    public PlacingInTownship(EnterpriseCommands commands, Townships townships) {
        this.commands = commands;
        this.townships = townships;
        this.policy = commands.policy;
    }

    /** {@code townshipId} null records that the township is not known. */
    public Enterprise place(Actor actor, long id, Long seenVersion, Long townshipId) {
        Enterprise e = commands.load(id);
        policy.requireCanAct(actor, e);
        EnterpriseCommands.checkVersion(e, seenVersion);
        Township township = townshipId == null ? null : townships.findById(townshipId)
                .orElseThrow(() -> new RuleViolation("townshipId", "township.unknown"));
        // the entry belongs to the enterprise's department: in whose name an entrusted organisation acts
        EnterprisePlacedInTownship placed = e.placeIn(township, commands.now());
        policy.requireStillWithin(actor, e);
        return commands.store(e, placed);
    }
}
