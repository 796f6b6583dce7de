package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.division.Township;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one component that decides every read and every action by territory (R1, 002§(一), 003§(十四)), for anything
 * {@link UnderJurisdiction} (an assigned department and a location): enterprises today, plans, inspections, hazards
 * and cases tomorrow. It knows nothing of these records beyond that interface, and asks {@link Rights} whether a role
 * allows a kind of act.
 * <ul>
 *   <li>a user acts only on what is assigned to their own department;</li>
 *   <li>those who {@link Rights#readsBelow read below} also read what is assigned to the departments below theirs;</li>
 *   <li>a lower department never acts on, nor sees, what is assigned above it (下级不对上级负责的企业开展执法活动);</li>
 *   <li>reassignment (调整管辖) from the assigned department or above; taking over (提级管辖) strictly above;
 *       designation (指定管辖) strictly above both departments of a dispute;</li>
 *   <li>the users of an entrusted organisation (委托执法) read and act, in the entrusting department's name, on that
 *       department's records lying in the entrusted township, and only while the entrustment is in force.</li>
 *   <li>a record one department {@link AddressedTo addresses to} another (挂牌督办通知书) is read by those who read the
 *       addressed department too; it stays the issuing department's to act on.</li>
 * </ul>
 * Reads outside the scope raise {@link NotFound} so that existence is not leaked; forbidden actions on a visible object
 * raise {@link OutOfJurisdiction}.
 */
@Component
public class JurisdictionPolicy {

    private final Departments departments;
    private final Entrustments entrustments;
    private final Clock clock;

    public JurisdictionPolicy(Departments departments, Entrustments entrustments, Clock clock) {
        this.departments = departments;
        this.entrustments = entrustments;
        this.clock = clock;
    }

    // ---- reading ----

    /** What the actor may read: whole departments, or for an entrusted organisation the parts entrusted to it. */
    public Scope scopeFor(Actor actor) {
        if (actor.isEnterprise()) {
            return Scope.nothing();
        }
        if (actor.entrusted()) {
            return new Scope(Set.of(), entrustmentsInForce(actor).stream()
                    .map(e -> new Scope.Part(e.getDepartmentId(), e.getTownshipId()))
                    .collect(Collectors.toSet()));
        }
        return new Scope(visibleDepartments(actor).stream().map(Department::getId).collect(Collectors.toSet()));
    }

    /**
     * The departments the actor may see: their own and, for those who read below, every one below it. Read from the
     * departments within the actor's division, which the persistence keeps for a short time (departments are only
     * established or renamed, never moved, so a kept list never shows a department that is not below the actor). An
     * entrusted organisation sees itself and the departments that entrust it now.
     */
    public List<Department> visibleDepartments(Actor actor) {
        if (actor.isEnterprise()) {
            return List.of();
        }
        if (actor.entrusted()) {
            Set<Long> ids = entrustmentsInForce(actor).stream().map(Entrustment::getDepartmentId)
                    .collect(Collectors.toSet());
            ids.add(actor.departmentId());
            return departments.findAllById(ids);
        }
        boolean readsBelow = Rights.readsBelow(actor);
        // another department in the same division (e.g. a 执法支队 beside the 应急管理局) is not below this one
        return departments.findWithin(actor.departmentLocation()).stream()
                .filter(d -> d.getId() == actor.departmentId()
                        || readsBelow && actor.departmentLocation().strictlyContains(d.getLocation()))
                .toList();
    }

    public void requireCanRead(Actor actor, UnderJurisdiction target) {
        if (!canRead(actor, target)) {
            throw new NotFound("record", "");
        }
    }

    public boolean canRead(Actor actor, UnderJurisdiction target) {
        if (actor.isEnterprise()) {
            return target instanceof OfEnterprise own && own.enterpriseId() == actor.enterpriseId();
        }
        if (actor.entrusted()) {
            return entrustmentFor(actor, target).isPresent();
        }
        return canRead(actor, target.assignedDepartmentId())
                || target instanceof AddressedTo addressed && canRead(actor, addressed.addressedDepartmentId());
    }

    /** Whether the actor reads everything assigned to {@code departmentId}. */
    public boolean canRead(Actor actor, long departmentId) {
        if (actor.isEnterprise()) {
            return false;
        }
        if (departmentId == actor.departmentId()) {
            return true;
        }
        if (actor.entrusted() || !Rights.readsBelow(actor)) {
            return false;
        }
        return visibleDepartments(actor).stream().anyMatch(d -> d.getId() == departmentId);
    }

    // ---- acting ----

    /** Commands: the actor must see the target and act for the department it is assigned to. */
    public void requireCanAct(Actor actor, UnderJurisdiction target) {
        requireCanRead(actor, target);
        if (!canAct(actor, target)) {
            throw new OutOfJurisdiction("jurisdiction.act.ownDepartmentOnly");
        }
    }

    public boolean canAct(Actor actor, UnderJurisdiction target) {
        if (actor.isEnterprise()) {
            return false;
        }
        if (actor.entrusted()) {
            return entrustmentFor(actor, target).isPresent();
        }
        return target.assignedDepartmentId() == actor.departmentId();
    }

    /**
     * The enterprise's own acts on a record that concerns it (reporting a hazard it found, its rectification, applying
     * for an extension or acceptance, 000§(八) 自查自报自改): its own account, or a user of the department that may act
     * on the record, who enters what the enterprise handed in on paper. Anyone else reading the record is refused
     * with 403, anyone not reading it with 404.
     */
    public void requireCanActForEnterprise(Actor actor, UnderJurisdiction target) {
        requireCanRead(actor, target);
        if (!canActForEnterprise(actor, target)) {
            throw new OutOfJurisdiction("jurisdiction.act.ownDepartmentOnly");
        }
    }

    public boolean canActForEnterprise(Actor actor, UnderJurisdiction target) {
        if (actor.isEnterprise()) {
            return canRead(actor, target);
        }
        return canAct(actor, target);
    }

    /**
     * The department in whose name the actor acts on {@code target}: their own, or for an entrusted organisation the
     * entrusting department, whose name the records carry.
     */
    public long actingDepartmentId(Actor actor, UnderJurisdiction target) {
        return actor.entrusted() ? target.assignedDepartmentId() : actor.departmentId();
    }

    /** The entrustment under which an entrusted organisation's user reaches {@code target} today, if any. */
    public Optional<Entrustment> entrustmentFor(Actor actor, UnderJurisdiction target) {
        if (!actor.entrusted() || target.townshipId() == null) {
            return Optional.empty();
        }
        return entrustmentsInForce(actor).stream()
                .filter(e -> e.getDepartmentId() == target.assignedDepartmentId()
                        && e.getTownshipId().equals(target.townshipId()))
                .findFirst();
    }

    /** After a change of location: an entrusted organisation may not move a record out of the area entrusted to it. */
    public void requireStillWithin(Actor actor, UnderJurisdiction changed) {
        if (actor.entrusted() && entrustmentFor(actor, changed).isEmpty()) {
            throw new RuleViolation("divisionCode", "jurisdiction.entrusted.outsideArea");
        }
    }

    /** A new record at {@code location} is assigned to the actor's department, so the location must lie within it. */
    public void requireCanRegisterAt(Actor actor, Location location) {
        Rights.requireRegisters(actor);
        if (!canRegisterAt(actor, location)) {
            throw new RuleViolation("divisionCode", "jurisdiction.location.outside");
        }
    }

    public boolean canRegisterAt(Actor actor, Location location) {
        return Rights.registers(actor) && actor.departmentLocation().contains(location);
    }

    // ---- changing who has jurisdiction ----

    /**
     * Reassignment: only an admin of the current department or of one above it, to a department the admin may read
     * (their own or one strictly below it: never one beside theirs, which would put the enterprise out of everybody's
     * sight) whose division contains the enterprise's location. A target the admin may not read is refused exactly like
     * one that does not exist, so that the answer tells nothing about departments elsewhere.
     */
    public void requireCanReassign(Actor actor, UnderJurisdiction target, Department to, Location targetLocation) {
        requireCanRead(actor, target);
        if (!canReassign(actor, target)) {
            throw new OutOfJurisdiction("jurisdiction.reassign.adminOnly");
        }
        if (!canRead(actor, to.getId())) {
            throw new RuleViolation("departmentId", "department.unknown");
        }
        if (to.isEntrustedOrganisation()) {
            throw new RuleViolation("departmentId", "jurisdiction.assign.enforcementOnly");
        }
        if (!to.getLocation().contains(targetLocation)) {
            throw new RuleViolation("departmentId", "jurisdiction.reassign.targetMustContain");
        }
    }

    public boolean canReassign(Actor actor, UnderJurisdiction target) {
        return Rights.reassigns(actor) && !actor.entrusted() && canRead(actor, target.assignedDepartmentId());
    }

    /** The departments an admin may move {@code target} (located at {@code location}) to; empty for anyone else. */
    public List<Department> reassignmentTargets(Actor actor, UnderJurisdiction target, Location location) {
        if (!canReassign(actor, target)) {
            return List.of();
        }
        return visibleDepartments(actor).stream()
                .filter(d -> !d.isEntrustedOrganisation())
                .filter(d -> d.getLocation().contains(location))
                .filter(d -> d.getId() != target.assignedDepartmentId())
                .toList();
    }

    /** 提级管辖: a supervisor or admin of a department strictly above the assigned one takes it into their own. */
    public void requireCanTakeOver(Actor actor, UnderJurisdiction target) {
        requireCanRead(actor, target);
        if (!canTakeOver(actor, target)) {
            throw new OutOfJurisdiction("jurisdiction.takeOver.upperOnly");
        }
    }

    public boolean canTakeOver(Actor actor, UnderJurisdiction target) {
        return Rights.takesOver(actor) && !actor.entrusted() && target.assignedDepartmentId() != actor.departmentId()
                && canRead(actor, target.assignedDepartmentId());
    }

    /**
     * 指定管辖: for a dispute between two departments, an admin of a department strictly above both (their common
     * upper department) designates the one that handles the record; it must be an enforcement department whose
     * division contains the record's location. A target the admin may not read is refused like an unknown one.
     */
    public void requireCanDesignate(Actor actor, UnderJurisdiction target, Department current, Department to) {
        requireCanRead(actor, target);
        Rights.requireDesignates(actor);
        if (!actor.departmentLocation().strictlyContains(current.getLocation())) {
            throw new OutOfJurisdiction("jurisdiction.designate.upperOnly");
        }
        if (!canRead(actor, to.getId())) {
            throw new RuleViolation("departmentId", "department.unknown");
        }
        if (!actor.departmentLocation().strictlyContains(to.getLocation())) {
            throw new RuleViolation("departmentId", "jurisdiction.designate.targetBelowOnly");
        }
        if (to.isEntrustedOrganisation()) {
            throw new RuleViolation("departmentId", "jurisdiction.assign.enforcementOnly");
        }
        if (!to.getLocation().contains(target.location())) {
            throw new RuleViolation("departmentId", "jurisdiction.reassign.targetMustContain");
        }
    }

    public boolean canDesignate(Actor actor, UnderJurisdiction target, Department current) {
        return Rights.designates(actor) && canRead(actor, target)
                && actor.departmentLocation().strictlyContains(current.getLocation());
    }

    /** As above, the current department being the one {@code target} is assigned to. */
    public boolean canDesignate(Actor actor, UnderJurisdiction target) {
        return Rights.designates(actor) && departments.findById(target.assignedDepartmentId())
                .map(current -> canDesignate(actor, target, current)).orElse(false);
    }

    /** The departments an admin above the current one may designate for {@code target}; empty for anyone else. */
    public List<Department> designationTargets(Actor actor, UnderJurisdiction target, Department current) {
        if (!canDesignate(actor, target, current)) {
            return List.of();
        }
        return visibleDepartments(actor).stream()
                .filter(d -> !d.isEntrustedOrganisation())
                .filter(d -> actor.departmentLocation().strictlyContains(d.getLocation()))
                .filter(d -> d.getLocation().contains(target.location()))
                .filter(d -> d.getId() != target.assignedDepartmentId())
                .toList();
    }

    /**
     * The nearest department that can settle a dispute over a record {@code holder} has and {@code claimant} wants:
     * walking up from the holder's division (county, city, province), the first enforcement department whose
     * division holds both. That is the claimant itself when it lies above the holder (it takes the record over,
     * 提级管辖), the holder itself when it lies above the claimant (it reassigns, 调整管辖), and otherwise the lowest
     * department strictly above both (共同的上一级, which designates, 指定管辖): the city for two counties of one city,
     * the province for counties of two cities. Empty when they lie in different provinces. A department beside another
     * in the same division is not above it.
     */
    public Optional<Department> nearestSettling(Department holder, Department claimant) {
        Location h = holder.getLocation();
        Location c = claimant.getLocation();
        java.util.LinkedHashSet<String> chain = new java.util.LinkedHashSet<>();
        for (String code : new String[] {h.divisionCode(), h.cityCode(), h.provinceCode()}) {
            if (code != null) {
                chain.add(code);
            }
        }
        for (String code : chain) {
            if (!code.equals(c.divisionCode()) && !code.equals(c.cityCode()) && !code.equals(c.provinceCode())) {
                continue;
            }
            for (Department d : new Department[] {claimant, holder}) {
                if (d.getLocation().divisionCode().equals(code) && settles(d, holder, claimant)) {
                    return Optional.of(d);
                }
            }
            Optional<Department> upper = departments.findByDivisionCodes(List.of(code)).stream()
                    .filter(d -> settles(d, holder, claimant))
                    .min(java.util.Comparator.comparing(Department::getId));
            if (upper.isPresent()) {
                return upper;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code d} is an enforcement department above each of the two that it is not itself. */
    private static boolean settles(Department d, Department holder, Department claimant) {
        if (d.isEntrustedOrganisation()) {
            return false;
        }
        Location at = d.getLocation();
        boolean isHolder = d.getId().equals(holder.getId());
        boolean isClaimant = d.getId().equals(claimant.getId());
        return (isHolder || at.strictlyContains(holder.getLocation()))
                && (isClaimant || at.strictlyContains(claimant.getLocation()))
                && !(isHolder && isClaimant);
    }

    // ---- entrusting ----

    /**
     * 委托执法: an admin of an enforcement department entrusts part of the department's own area; an entrusted
     * organisation never entrusts further (003§(十四)).
     */
    public void requireCanEntrust(Actor actor, Department entrusting, Township township) {
        Rights.requireEntrusts(actor);
        if (entrusting.isEntrustedOrganisation()) {
            throw new OutOfJurisdiction("entrustment.noFurtherEntrusting");
        }
        if (entrusting.getId() != actor.departmentId()) {
            throw new OutOfJurisdiction("jurisdiction.act.ownDepartmentOnly");
        }
        if (!entrusting.getLocation().contains(township.getCounty())) {
            throw new RuleViolation("townshipId", "entrustment.township.outside");
        }
    }

    /** Who reads an entrustment: those who read its department, and the entrusted organisation itself. */
    public boolean canReadEntrustment(Actor actor, Entrustment e) {
        return !actor.isEnterprise() && e.getOrganisationId() == actor.departmentId()
                || !actor.entrusted() && canRead(actor, e.getDepartmentId());
    }

    public void requireCanReadEntrustment(Actor actor, Entrustment e) {
        if (!canReadEntrustment(actor, e)) {
            throw new NotFound("record", "");
        }
    }

    /** Ending an entrustment: an admin of the entrusting department or of one above it. */
    public void requireCanEndEntrustment(Actor actor, Entrustment e, Department entrusting) {
        requireCanReadEntrustment(actor, e);
        if (actor.entrusted()) {
            throw new OutOfJurisdiction("entrustment.noFurtherEntrusting");
        }
        requireCanAdministerDepartment(actor, entrusting);
    }

    public boolean canEndEntrustment(Actor actor, Entrustment e, Department entrusting) {
        return Rights.administers(actor) && !actor.entrusted() && canReadEntrustment(actor, e)
                && (entrusting.getId() == actor.departmentId()
                || actor.departmentLocation().strictlyContains(entrusting.getLocation()));
    }

    /** What the actor may see of entrustments: those of the departments they read, and their own organisation's. */
    public Scope entrustmentScopeFor(Actor actor) {
        return actor.entrusted() ? Scope.nothing() : scopeFor(actor);
    }

    // ---- administering ----

    /** Admin pages: departments, users and divisions at or below the admin's own division. */
    public void requireCanAdminister(Actor actor, Location location) {
        Rights.requireAdmin(actor);
        if (!actor.departmentLocation().contains(location)) {
            throw new NotFound("record", "");
        }
    }

    public boolean canAdminister(Actor actor, Location location) {
        return Rights.administers(actor) && actor.departmentLocation().contains(location);
    }

    /**
     * Changing an existing department or the accounts in it: an admin of that very department or of one above it. A
     * department beside the admin's in the same division is not theirs to administer (nor to read).
     */
    public void requireCanAdministerDepartment(Actor actor, Department department) {
        Rights.requireAdmin(actor);
        if (department.getId() != actor.departmentId()
                && !actor.departmentLocation().strictlyContains(department.getLocation())) {
            throw new NotFound("record", "");
        }
    }

    /**
     * Renaming, retiring or reinstating a division: only divisions below the admin's own, so that a county cannot
     * retire itself out from under the city and province.
     */
    public void requireCanAdministerDivision(Actor actor, Location division) {
        Rights.requireAdmin(actor);
        if (!actor.departmentLocation().strictlyContains(division)) {
            throw new NotFound("record", "");
        }
    }

    /**
     * Verifying the audit record (heavy to compute) is for admins of a province-level department, and covers their own
     * province's chain only: the count and the entries of another province's chain, or of the national one, are not
     * theirs to see.
     *
     * @return the chain the actor verifies: the province code of their department
     */
    public String requireCanVerifyAudit(Actor actor) {
        if (!canVerifyAudit(actor)) {
            throw new OutOfJurisdiction("jurisdiction.audit.provinceAdminOnly");
        }
        return actor.departmentLocation().provinceCode();
    }

    public boolean canVerifyAudit(Actor actor) {
        return Rights.readsAudit(actor) && actor.departmentLevel() == DivisionLevel.PROVINCE;
    }

    /** Reading the audit record of the own area: admins only. */
    public void requireCanReadAudit(Actor actor) {
        if (!Rights.readsAudit(actor)) {
            throw new OutOfJurisdiction("jurisdiction.admin.only");
        }
    }

    /**
     * 企业账号: the account of an enterprise is opened by an admin of the department the enterprise is assigned to,
     * which answers for who acts as the enterprise before it. An admin of a department above reads the enterprise but
     * opens no account for it (403); an admin who does not read it is told it does not exist (404); an entrusted
     * organisation only enforces and opens none.
     */
    public void requireCanOpenEnterpriseAccount(Actor actor, UnderJurisdiction enterprise) {
        requireCanRead(actor, enterprise);
        Rights.requireAdmin(actor);
        if (!canOpenEnterpriseAccount(actor, enterprise)) {
            throw new OutOfJurisdiction("jurisdiction.act.ownDepartmentOnly");
        }
    }

    public boolean canOpenEnterpriseAccount(Actor actor, UnderJurisdiction enterprise) {
        return Rights.administers(actor) && !actor.entrusted() && !actor.isEnterprise()
                && canRead(actor, enterprise) && canAct(actor, enterprise);
    }

    /** Admin pages and lists (accounts, the audit record): the admin role, whatever the level. */
    public void requireAdmin(Actor actor) {
        Rights.requireAdmin(actor);
    }

    private List<Entrustment> entrustmentsInForce(Actor actor) {
        return entrustments.inForceFor(actor.departmentId(), LocalDate.now(clock));
    }
}
