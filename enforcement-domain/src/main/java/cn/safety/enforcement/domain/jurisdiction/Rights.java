package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.OutOfJurisdiction;

/**
 * Who may do what by role, in one place; {@link JurisdictionPolicy} decides where (which department, which area) and
 * asks this class only whether the role allows the kind of act. Refusals name the missing right with a message code.
 * <ul>
 *   <li>supervisors (负责人) and admins read what lies below their department;</li>
 *   <li>admins reassign (调整管辖), designate (指定管辖), entrust (委托执法), administer and read the audit record;</li>
 *   <li>supervisors and admins take a case over (提级管辖);</li>
 *   <li>users of an entrusted organisation act in the entrusting department's name but never register, import or
 *       entrust further (003§(十四): 被委托执法的单位不得再次委托);</li>
 *   <li>an enterprise's account (企业账号) holds no right of a department: it registers, imports and enforces nothing.</li>
 * </ul>
 */
public final class Rights {

    private Rights() {
    }

    public static boolean readsBelow(Actor actor) {
        return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
    }

    public static boolean reassigns(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    public static boolean takesOver(Actor actor) {
        return readsBelow(actor);
    }

    public static boolean designates(Actor actor) {
        return actor.has(Role.ADMIN) && !actor.entrusted();
    }

    public static boolean administers(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    public static boolean readsAudit(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    /** Registering fixes jurisdiction, which is the department's own act: an entrusted organisation only enforces. */
    public static boolean registers(Actor actor) {
        return !actor.entrusted() && !actor.isEnterprise();
    }

    public static boolean imports(Actor actor) {
        return !actor.entrusted() && !actor.isEnterprise();
    }

    public static boolean entrusts(Actor actor) {
        return actor.has(Role.ADMIN) && !actor.entrusted();
    }

    /** Approving, sending back, moving items of an annual plan (年度监督检查计划): the head's acts. */
    public static boolean decidesPlans(Actor actor) {
        return actor.has(Role.SUPERVISOR) && !actor.entrusted();
    }

    public static void requireDecidesPlans(Actor actor) {
        if (!decidesPlans(actor)) {
            throw new OutOfJurisdiction("jurisdiction.plan.supervisorOnly");
        }
    }

    public static void requireAdmin(Actor actor) {
        if (!administers(actor)) {
            throw new OutOfJurisdiction("jurisdiction.admin.only");
        }
    }

    public static void requireRegisters(Actor actor) {
        if (!registers(actor)) {
            throw new OutOfJurisdiction("jurisdiction.entrusted.noRegistering");
        }
    }

    public static void requireImports(Actor actor) {
        if (!imports(actor)) {
            throw new OutOfJurisdiction("jurisdiction.entrusted.noImport");
        }
    }

    public static void requireDesignates(Actor actor) {
        if (!designates(actor)) {
            throw new OutOfJurisdiction("jurisdiction.designate.adminOnly");
        }
    }

    /** The entrusted organisation is told why first: the rule of 003§(十四), then the role. */
    public static void requireEntrusts(Actor actor) {
        if (actor.entrusted()) {
            throw new OutOfJurisdiction("entrustment.noFurtherEntrusting");
        }
        if (!actor.has(Role.ADMIN)) {
            throw new OutOfJurisdiction("jurisdiction.admin.only");
        }
    }
}
