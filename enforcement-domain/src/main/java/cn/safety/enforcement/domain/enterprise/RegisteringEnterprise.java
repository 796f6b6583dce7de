package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.Townships;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Rights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/** 登记: registers an enterprise and assigns it to the actor's own department ({@link EnterpriseRegistered}). */
@Service
@Transactional
public class RegisteringEnterprise {

    private final EnterpriseCommands commands;
    private final Enterprises enterprises;
    private final Divisions divisions;
    private final Townships townships;
    private final JurisdictionPolicy policy;

    public RegisteringEnterprise(EnterpriseCommands commands, Divisions divisions, Townships townships) {
        this.commands = commands;
        this.enterprises = commands.enterprises;
        this.divisions = divisions;
        this.townships = townships;
        this.policy = commands.policy;
    }

    /** Every problem of the request is reported at once: the credit code, the location and each field of the profile. */
    public Enterprise register(Actor actor, String creditCode, String divisionCode, EnterpriseProfile profile) {
        return register(actor, creditCode, divisionCode, null, profile);
    }

    /** As above, lying in the township {@code townshipId} of that division (null: not known). */
    public Enterprise register(Actor actor, String creditCode, String divisionCode, Long townshipId,
                               EnterpriseProfile profile) {
        Rights.requireRegisters(actor);
        Department own = commands.ownDepartment(actor);
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String code = CreditCode.normalize(creditCode);
        String codeProblem = CreditCode.problemWith(code);
        if (codeProblem != null) {
            problems.add(new RuleViolation.Problem("creditCode", codeProblem));
        } else if (enterprises.existsByCreditCode(code)) {
            problems.add(heldElsewhere(code, own));
        }
        Division division = null;
        if (divisionCode == null || divisionCode.isBlank()) {
            problems.add(new RuleViolation.Problem("divisionCode", "enterprise.division.required"));
        } else {
            division = divisions.findByCode(divisionCode.strip()).orElse(null);
            if (division != null && !policy.canRegisterAt(actor, division.location())) {
                problems.add(new RuleViolation.Problem("divisionCode", "jurisdiction.location.outside"));
            } else if (division != null && !EnterpriseLocation.allows(division, divisions)) {
                problems.add(new RuleViolation.Problem("divisionCode", "enterprise.division.notCounty"));
            }
        }
        boolean divisionReported = problems.stream().anyMatch(p -> "divisionCode".equals(p.field()));
        Township township = null;
        if (townshipId != null) {
            township = townships.findById(townshipId).orElse(null);
            if (township == null) {
                problems.add(new RuleViolation.Problem("townshipId", "township.unknown"));
            } else if (division != null && !township.getDivisionCode().equals(division.getCode())) {
                problems.add(new RuleViolation.Problem("townshipId", "enterprise.township.outsideDivision"));
            }
        }
        for (RuleViolation.Problem p : Enterprise.problemsWith(profile, division, own)) {
            if (!(divisionReported && "divisionCode".equals(p.field()))) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return commands.storeRegistered(Enterprise.register(new CreditCode(code), profile, division, township, own,
                actor.username(), commands.now()));
    }

    /**
     * The refusal of a credit code that is registered already: who holds it and, when that is another department, the
     * nearest department that settles it ({@link JurisdictionPolicy#nearestSettling}): the registrant's own department
     * when it lies above the holder (提级管辖), the holder when it lies above the registrant (调整管辖), otherwise the
     * lowest department above both, which designates the one that handles it (指定管辖).
     */
    private RuleViolation.Problem heldElsewhere(String code, Department own) {
        Department holder = enterprises.findByCreditCode(code)
                .flatMap(e -> commands.departments.findById(e.getDepartmentId())).orElse(null);
        if (holder == null || holder.getId().equals(own.getId())) {
            return new RuleViolation.Problem("creditCode", "creditCode.duplicate");
        }
        return policy.nearestSettling(holder, own)
                .map(settling -> settling.getId().equals(own.getId())
                        ? new RuleViolation.Problem("creditCode", "creditCode.heldBelow", holder.getName(),
                                own.getName())
                        : settling.getId().equals(holder.getId())
                        ? new RuleViolation.Problem("creditCode", "creditCode.heldAbove", holder.getName())
                        : new RuleViolation.Problem("creditCode", "creditCode.heldBy", holder.getName(),
                                settling.getName()))
                .orElseGet(() -> new RuleViolation.Problem("creditCode", "creditCode.heldByOtherProvince",
                        holder.getName()));
    }
}
