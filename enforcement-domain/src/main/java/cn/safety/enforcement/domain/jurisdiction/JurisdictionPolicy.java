package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.division.Location;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one component that decides every read and every action by jurisdiction (R1, 002§(一), 003§(十四)):
 * <ul>
 *   <li>a user acts only on what is assigned to their own department;</li>
 *   <li>supervisors and admins also read what is assigned to the departments below theirs;</li>
 *   <li>a lower department never acts on, nor sees, what is assigned above it (下级不对上级负责的企业开展执法活动);</li>
 *   <li>reassignment is for admins of the assigned department or above; taking a case over (提级管辖) is for
 *       supervisors and admins strictly above.</li>
 * </ul>
 * Reads outside the scope raise {@link NotFound} so that existence is not leaked; forbidden actions on a visible object
 * raise {@link OutOfJurisdiction}.
 */
@Component
public class JurisdictionPolicy {

    private final Departments departments;

    public JurisdictionPolicy(Departments departments) {
        this.departments = departments;
    }

    /** The departments whose records the actor may read. */
    public Scope scopeFor(Actor actor) {
        return new Scope(visibleDepartments(actor).stream().map(Department::getId).collect(Collectors.toSet()));
    }

    /**
     * The departments the actor may see: their own and, for supervisors and admins, every one below it. Read from the
     * departments within the actor's division, which the persistence keeps for a short time (departments are only
     * established or renamed, never moved, so a kept list never shows a department that is not below the actor).
     */
    public List<Department> visibleDepartments(Actor actor) {
        boolean readsBelow = readsBelow(actor);
        // another department in the same division (e.g. a 执法支队 beside the 应急管理局) is not below this one
        return departments.findWithin(actor.departmentLocation()).stream()
                .filter(d -> d.getId() == actor.departmentId()
                        || readsBelow && actor.departmentLocation().strictlyContains(d.getLocation()))
                .toList();
    }

    public void requireCanRead(Actor actor, UnderJurisdiction target) {
        if (!canRead(actor, target.assignedDepartmentId())) {
            throw new NotFound("record", "");
        }
    }

    public boolean canRead(Actor actor, long departmentId) {
        if (departmentId == actor.departmentId()) {
            return true;
        }
        if (!readsBelow(actor)) {
            return false;
        }
        return visibleDepartments(actor).stream().anyMatch(d -> d.getId() == departmentId);
    }

    /** Commands: the actor must see the target and belong to the department it is assigned to. */
    public void requireCanAct(Actor actor, UnderJurisdiction target) {
        requireCanRead(actor, target);
        if (target.assignedDepartmentId() != actor.departmentId()) {
            throw new OutOfJurisdiction("jurisdiction.act.ownDepartmentOnly");
        }
    }

    public boolean canAct(Actor actor, UnderJurisdiction target) {
        return target.assignedDepartmentId() == actor.departmentId();
    }

    /** A new record at {@code location} is assigned to the actor's department, so the location must lie within it. */
    public void requireCanRegisterAt(Actor actor, Location location) {
        if (!canRegisterAt(actor, location)) {
            throw new RuleViolation("divisionCode", "jurisdiction.location.outside");
        }
    }

    public boolean canRegisterAt(Actor actor, Location location) {
        return actor.departmentLocation().contains(location);
    }

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
        if (!to.getLocation().contains(targetLocation)) {
            throw new RuleViolation("departmentId", "jurisdiction.reassign.targetMustContain");
        }
    }

    public boolean canReassign(Actor actor, UnderJurisdiction target) {
        return actor.has(Role.ADMIN) && canRead(actor, target.assignedDepartmentId());
    }

    /** The departments an admin may move {@code target} (located at {@code location}) to; empty for anyone else. */
    public List<Department> reassignmentTargets(Actor actor, UnderJurisdiction target, Location location) {
        if (!canReassign(actor, target)) {
            return List.of();
        }
        return visibleDepartments(actor).stream()
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
        return readsBelow(actor) && target.assignedDepartmentId() != actor.departmentId()
                && canRead(actor, target.assignedDepartmentId());
    }

    /** Admin pages: departments, users and divisions at or below the admin's own division. */
    public void requireCanAdminister(Actor actor, Location location) {
        requireAdmin(actor);
        if (!actor.departmentLocation().contains(location)) {
            throw new NotFound("record", "");
        }
    }

    public boolean canAdminister(Actor actor, Location location) {
        return actor.has(Role.ADMIN) && actor.departmentLocation().contains(location);
    }

    /**
     * Changing an existing department or the accounts in it: an admin of that very department or of one above it. A
     * department beside the admin's in the same division is not theirs to administer (nor to read).
     */
    public void requireCanAdministerDepartment(Actor actor, Department department) {
        requireAdmin(actor);
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
        requireAdmin(actor);
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
        return actor.has(Role.ADMIN)
                && actor.departmentLevel() == cn.safety.enforcement.domain.division.DivisionLevel.PROVINCE;
    }

    /** Reading the audit record of the own area: admins only. */
    public void requireCanReadAudit(Actor actor) {
        requireAdmin(actor);
    }

    /** Admin pages and lists (accounts, the audit record): the admin role, whatever the level. */
    public void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OutOfJurisdiction("jurisdiction.admin.only");
        }
    }

    private static boolean readsBelow(Actor actor) {
        return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
    }
}
