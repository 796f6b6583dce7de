package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Rights;
import cn.safety.enforcement.domain.rule.RuleParameters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The enterprise registry's commands and queries, each checked by the {@link JurisdictionPolicy}. */
@Service
@Transactional
public class EnterpriseService {

    public static final int MAX_PAGE = 200;
    private static final String AGGREGATE = "Enterprise";

    private final Enterprises enterprises;
    private final Departments departments;
    private final Divisions divisions;
    private final JurisdictionPolicy policy;
    private final AuditTrail audit;
    private final RuleParameters rules;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public EnterpriseService(Enterprises enterprises, Departments departments, Divisions divisions,
                             JurisdictionPolicy policy, AuditTrail audit, RuleParameters rules, Clock clock,
                             ApplicationEventPublisher events) {
        this.events = events;
        this.enterprises = enterprises;
        this.departments = departments;
        this.divisions = divisions;
        this.policy = policy;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Registers an enterprise and assigns it to the actor's own department. Every problem of the request is reported
     * at once: the credit code, the location and each field of the profile.
     */
    public Enterprise register(Actor actor, String creditCode, String divisionCode, EnterpriseProfile profile) {
        Rights.requireRegisters(actor);
        Department own = ownDepartment(actor);
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
            } else if (division != null && !isEnterpriseLocation(division)) {
                problems.add(new RuleViolation.Problem("divisionCode", "enterprise.division.notCounty"));
            }
        }
        boolean divisionReported = problems.stream().anyMatch(p -> "divisionCode".equals(p.field()));
        for (RuleViolation.Problem p : Enterprise.problemsWith(profile, division, own)) {
            if (!(divisionReported && "divisionCode".equals(p.field()))) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Enterprise e = enterprises.save(Enterprise.register(new CreditCode(code), profile, division, own,
                actor.username(), now()));
        events.publishEvent(EnterpriseRegistered.of(e));
        return e;
    }

    /** Revises the enterprise in the name of its department (an entrusted organisation's user, within its area). */
    public Enterprise revise(Actor actor, long id, long seenVersion, String divisionCode, EnterpriseProfile profile) {
        Enterprise e = load(id);
        policy.requireCanAct(actor, e);
        StaleVersion.check(AGGREGATE, id, seenVersion, e.getVersion());
        Division division = divisionOrRefuse(divisionCode);
        if (!division.getCode().equals(e.getDivisionCode()) && !isEnterpriseLocation(division)) {
            throw new RuleViolation("divisionCode", "enterprise.division.notCounty");
        }
        // in the enterprise's department's name: an entrusted organisation's user acts for the entrusting department
        long acting = policy.actingDepartmentId(actor, e);
        EnterpriseRevised revised = e.revise(profile, division, departments.findById(acting).orElseThrow(), now());
        policy.requireStillWithin(actor, e);
        enterprises.save(e);
        events.publishEvent(revised);
        return e;
    }

    public Enterprise reassign(Actor actor, long id, Long seenVersion, long departmentId, String reason) {
        Enterprise e = load(id);
        policy.requireCanRead(actor, e);
        // an unknown department and one outside the admin's sight get the same answer (requireCanReassign)
        Department to = departments.findById(departmentId)
                .orElseThrow(() -> new RuleViolation("departmentId", "department.unknown"));
        policy.requireCanReassign(actor, e, to, e.getLocation());
        if (seenVersion != null) {
            StaleVersion.check(AGGREGATE, id, seenVersion, e.getVersion());
        }
        EnterpriseReassigned reassigned = e.reassign(to, reason, actor.username(), now());
        enterprises.save(e);
        events.publishEvent(reassigned);
        return e;
    }

    /** 提级管辖 into the actor's own department. */
    public Enterprise takeOver(Actor actor, long id, Long seenVersion, String reason) {
        Enterprise e = load(id);
        policy.requireCanTakeOver(actor, e);
        if (seenVersion != null) {
            StaleVersion.check(AGGREGATE, id, seenVersion, e.getVersion());
        }
        EnterpriseTakenOver takenOver = e.takeOver(ownDepartment(actor), reason, actor.username(), now());
        enterprises.save(e);
        events.publishEvent(takenOver);
        return e;
    }

    /**
     * Moves the enterprise to {@code departmentId}: a take-over (提级管辖) when that is the actor's own department above
     * the current one, otherwise a reassignment, which only admins may make.
     */
    public Enterprise moveTo(Actor actor, long id, Long seenVersion, long departmentId, String reason) {
        Enterprise e = load(id);
        if (departmentId == actor.departmentId() && policy.canTakeOver(actor, e)) {
            return takeOver(actor, id, seenVersion, reason);
        }
        return reassign(actor, id, seenVersion, departmentId, reason);
    }

    @Transactional(readOnly = true)
    public Enterprise get(Actor actor, long id) {
        Enterprise e = load(id);
        policy.requireCanRead(actor, e);
        return e;
    }

    /** An enterprise to revise: only its own department may (the edit form of an upper supervisor is refused). */
    @Transactional(readOnly = true)
    public Enterprise getToRevise(Actor actor, long id) {
        Enterprise e = load(id);
        policy.requireCanAct(actor, e);
        return e;
    }

    /** The whole file of one enterprise, read in one transaction with one jurisdiction check. */
    @Transactional(readOnly = true)
    public EnterpriseFile file(Actor actor, long id, int historyLimit) {
        Enterprise e = get(actor, id);
        return new EnterpriseFile(e, e.getAssignments(), audit.historyOf(AGGREGATE, id, historyLimit),
                safetyStaffingOf(e), permissionsOn(actor, e));
    }

    @Transactional(readOnly = true)
    public EnterprisePermissions permissionsOn(Actor actor, Enterprise e) {
        return new EnterprisePermissions(policy.canAct(actor, e), policy.canReassign(actor, e),
                policy.canTakeOver(actor, e), departments.findById(e.getDepartmentId())
                .map(current -> policy.canDesignate(actor, e, current)).orElse(false));
    }

    /** Departments an admin may move the enterprise to: in their own area, containing its location, not the current. */
    @Transactional(readOnly = true)
    public List<Department> reassignmentTargets(Actor actor, Enterprise e) {
        return policy.reassignmentTargets(actor, e, e.getLocation());
    }

    @Transactional(readOnly = true)
    public SafetyStaffing safetyStaffingOf(Enterprise e) {
        RuleParameters.RuleValue threshold = rules.require(SafetyStaffing.THRESHOLD_KEY,
                e.getLocation().provinceCode(), today());
        return SafetyStaffing.assess(e, threshold);
    }

    /** One page of the enterprises the actor may see, newest first. {@code after} is the cursor of the last page. */
    @Transactional(readOnly = true)
    public EnterpriseSlice list(Actor actor, EnterpriseFilter filter, String after, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        Long afterId = parseCursor(after);
        List<Enterprise> rows = enterprises.page(policy.scopeFor(actor), filter, afterId, limit + 1);
        if (rows.size() <= limit) {
            return new EnterpriseSlice(rows, null);
        }
        List<Enterprise> items = rows.subList(0, limit);
        return new EnterpriseSlice(List.copyOf(items), String.valueOf(items.get(limit - 1).getId()));
    }

    @Transactional(readOnly = true)
    public Map<RiskGrade, Long> countByRiskGrade(Actor actor) {
        return enterprises.countByRiskGrade(policy.scopeFor(actor));
    }

    /** An enterprise sits in a county, or in a city that has no counties (东莞, 中山, 儋州): never higher. */
    private boolean isEnterpriseLocation(Division division) {
        return isEnterpriseLocation(division, divisions);
    }

    static boolean isEnterpriseLocation(Division division, Divisions divisions) {
        return switch (division.getLevel()) {
            case COUNTY -> true;
            case CITY -> !divisions.existsByParentCode(division.getCode());
            case PROVINCE -> false;
        };
    }

    /**
     * The refusal of a credit code that is registered already: who holds it and, when that is another department, that
     * their common upper department designates the one that handles it (指定管辖).
     */
    private RuleViolation.Problem heldElsewhere(String code, Department own) {
        Department holder = enterprises.findByCreditCode(code)
                .flatMap(e -> departments.findById(e.getDepartmentId())).orElse(null);
        if (holder == null || holder.getId().equals(own.getId())) {
            return new RuleViolation.Problem("creditCode", "creditCode.duplicate");
        }
        return policy.commonUpperDepartment(holder, own)
                .map(upper -> new RuleViolation.Problem("creditCode", "creditCode.heldBy", holder.getName(),
                        upper.getName()))
                .orElseGet(() -> new RuleViolation.Problem("creditCode", "creditCode.heldByOtherProvince",
                        holder.getName()));
    }

    private Enterprise load(long id) {
        return enterprises.findById(id).orElseThrow(() -> new NotFound(AGGREGATE, id));
    }

    private Department ownDepartment(Actor actor) {
        return departments.findById(actor.departmentId())
                .orElseThrow(() -> new IllegalStateException("user without department: " + actor.username()));
    }

    private Division divisionOrRefuse(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("divisionCode", "enterprise.division.required");
        }
        return divisions.findByCode(code.strip())
                .orElseThrow(() -> new RuleViolation("divisionCode", "enterprise.division.unknown"));
    }

    private static Long parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("after", "cursor.invalid");
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
