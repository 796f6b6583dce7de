package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.audit.RecordNames;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.rule.RuleParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the registry, each read checked by the {@link JurisdictionPolicy}: one enterprise, its whole file (一企一档),
 * the pages of the list and the counts of the home page.
 */
@Service
@Transactional(readOnly = true)
public class ReadingEnterprises {

    public static final int MAX_PAGE = 200;

    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;
    private final AuditTrail audit;
    private final RecordNames names;
    private final RuleParameters rules;
    private final Clock clock;

    public ReadingEnterprises(Enterprises enterprises, JurisdictionPolicy policy, AuditTrail audit, RecordNames names,
                              RuleParameters rules, Clock clock) {
        this.enterprises = enterprises;
        this.policy = policy;
        this.audit = audit;
        this.names = names;
        this.rules = rules;
        this.clock = clock;
    }

    public Enterprise get(Actor actor, long id) {
        Enterprise e = load(id);
        policy.requireCanRead(actor, e);
        return e;
    }

    /**
     * The enterprise when the actor may read it; empty when it does not exist or lies outside the actor's scope, for a
     * page that names the enterprise it was asked to filter by and answers for both the same way.
     */
    public Optional<Enterprise> find(Actor actor, long id) {
        return enterprises.findById(id).filter(e -> policy.canRead(actor, e));
    }

    /** An enterprise to revise: only its own department may (the edit form of an upper supervisor is refused). */
    public Enterprise getToRevise(Actor actor, long id) {
        Enterprise e = load(id);
        policy.requireCanAct(actor, e);
        return e;
    }

    /** The whole file of one enterprise, read in one transaction with one jurisdiction check. */
    public EnterpriseFile file(Actor actor, long id, int historyLimit) {
        Enterprise e = get(actor, id);
        List<AuditEntry> history = audit.historyOf(EnterpriseChange.AGGREGATE, id, historyLimit);
        return new EnterpriseFile(e, e.getAssignments(), history, names.of(history), safetyStaffingOf(e),
                permissionsOn(actor, e));
    }

    public EnterprisePermissions permissionsOn(Actor actor, Enterprise e) {
        return new EnterprisePermissions(policy.canAct(actor, e), policy.canReassign(actor, e),
                policy.canTakeOver(actor, e), policy.canDesignate(actor, e));
    }

    /** Departments an admin may move the enterprise to: in their own area, containing its location, not the current. */
    public List<Department> reassignmentTargets(Actor actor, Enterprise e) {
        return policy.reassignmentTargets(actor, e, e.getLocation());
    }

    public SafetyStaffing safetyStaffingOf(Enterprise e) {
        String province = e.getLocation().provinceCode();
        LocalDate today = LocalDate.now(clock);
        RuleParameters.RuleValue threshold = rules.require(SafetyStaffing.THRESHOLD_KEY, province, today);
        return SafetyStaffing.assess(e, threshold, clause -> rules.require(clause, province, today));
    }

    /** One page of the enterprises the actor may see, newest first. {@code after} is the cursor of the last page. */
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

    public Map<RiskGrade, Long> countByRiskGrade(Actor actor) {
        return enterprises.countByRiskGrade(policy.scopeFor(actor));
    }

    private Enterprise load(long id) {
        return enterprises.findById(id).orElseThrow(() -> new NotFound(EnterpriseChange.AGGREGATE, id));
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
}
