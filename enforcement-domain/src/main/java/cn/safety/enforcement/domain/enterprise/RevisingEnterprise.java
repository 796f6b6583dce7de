package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.Townships;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprise's own department revises what is recorded about it ({@link EnterpriseRevised}). */
@Service
@Transactional
public class RevisingEnterprise {

    private final EnterpriseCommands commands;
    private final Divisions divisions;
    private final Townships townships;
    private final JurisdictionPolicy policy;

    public RevisingEnterprise(EnterpriseCommands commands, Divisions divisions, Townships townships) {
        this.commands = commands;
        this.divisions = divisions;
        this.townships = townships;
        this.policy = commands.policy;
    }

    /**
     * Revises the enterprise in the name of its department (an entrusted organisation's user, within its area). The
     * township it lies in stays, unless the division changes (a township belongs to one county).
     */
    public Enterprise revise(Actor actor, long id, long seenVersion, String divisionCode, EnterpriseProfile profile) {
        return revise(actor, id, seenVersion, divisionCode, (e, division, acting) ->
                e.revise(profile, division, acting, commands.now()));
    }

    /**
     * As above, recording the township {@code townshipId} of the (new) division as well (null: not known), as the
     * enterprise's form shows both: one change, one entry.
     */
    public Enterprise revise(Actor actor, long id, long seenVersion, String divisionCode, Long townshipId,
                             EnterpriseProfile profile) {
        return revise(actor, id, seenVersion, divisionCode, (e, division, acting) -> {
            Township township = townshipId == null ? null : townships.findById(townshipId)
                    .orElseThrow(() -> new RuleViolation("townshipId", "township.unknown"));
            return e.revise(profile, division, township, acting, commands.now());
        });
    }

    /** The entity's act of a revision, given the division it lies in and the department acting. */
    private interface Revision {
        EnterpriseRevised apply(Enterprise e, Division division, Department acting);
    }

    private Enterprise revise(Actor actor, long id, long seenVersion, String divisionCode, Revision revision) {
        Enterprise e = commands.load(id);
        policy.requireCanAct(actor, e);
        EnterpriseCommands.checkVersion(e, seenVersion);
        Division division = divisionOrRefuse(divisionCode);
        if (!division.getCode().equals(e.getDivisionCode()) && !EnterpriseLocation.allows(division, divisions)) {
            throw new RuleViolation("divisionCode", "enterprise.division.notCounty");
        }
        // in the enterprise's department's name: an entrusted organisation's user acts for the entrusting department
        Department acting = commands.departments.findById(policy.actingDepartmentId(actor, e)).orElseThrow();
        EnterpriseRevised revised = revision.apply(e, division, acting);
        policy.requireStillWithin(actor, e);
        return commands.store(e, revised);
    }

    private Division divisionOrRefuse(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("divisionCode", "enterprise.division.required");
        }
        return divisions.findByCode(code.strip())
                .orElseThrow(() -> new RuleViolation("divisionCode", "enterprise.division.unknown"));
    }
}
