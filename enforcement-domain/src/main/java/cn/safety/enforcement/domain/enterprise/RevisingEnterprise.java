package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
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
    private final JurisdictionPolicy policy;

    public RevisingEnterprise(EnterpriseCommands commands, Divisions divisions) {
        this.commands = commands;
        this.divisions = divisions;
        this.policy = commands.policy;
    }

    /** Revises the enterprise in the name of its department (an entrusted organisation's user, within its area). */
    public Enterprise revise(Actor actor, long id, long seenVersion, String divisionCode, EnterpriseProfile profile) {
        Enterprise e = commands.load(id);
        policy.requireCanAct(actor, e);
        EnterpriseCommands.checkVersion(e, seenVersion);
        Division division = divisionOrRefuse(divisionCode);
        if (!division.getCode().equals(e.getDivisionCode()) && !EnterpriseLocation.allows(division, divisions)) {
            throw new RuleViolation("divisionCode", "enterprise.division.notCounty");
        }
        // in the enterprise's department's name: an entrusted organisation's user acts for the entrusting department
        Department acting = commands.departments.findById(policy.actingDepartmentId(actor, e)).orElseThrow();
        EnterpriseRevised revised = e.revise(profile, division, acting, commands.now());
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
