package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Rights;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * 回避 (R3, R12): an inspector declares a link to an enterprise, or a supervisor or admin of the inspector's department
 * records it; either withdraws it when the link ends. The enterprise must be one the actor sees. Supervisors and admins
 * read the recusals of their department and those below; an inspector reads their own. The reason stays inside: a
 * draw publishes only the pair of certificate number and credit code.
 */
@Service
@Transactional
public class RecordingRecusals {

    public static final int LIST_LIMIT = 500;

    private final Recusals recusals;
    private final UserAccounts users;
    private final Departments departments;
    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RecordingRecusals(Recusals recusals, UserAccounts users, Departments departments, Enterprises enterprises,
                             JurisdictionPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.recusals = recusals;
        this.users = users;
        this.departments = departments;
        this.enterprises = enterprises;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Declares that {@code userId} (the actor when null) is linked to the enterprise. */
    public Recusal declare(Actor actor, Long userId, Long enterpriseId, String reason) {
        if (enterpriseId == null) {
            throw new RuleViolation("enterpriseId", "recusal.enterprise.required");
        }
        // where first: an enterprise outside the actor's sight is refused before anything else is looked at
        Enterprise enterprise = enterprises.findById(enterpriseId)
                .orElseThrow(() -> new RuleViolation("enterpriseId", "recusal.enterprise.unknown"));
        if (!policy.canRead(actor, enterprise)) {
            throw new RuleViolation("enterpriseId", "recusal.enterprise.unknown");
        }
        UserAccount subject = subject(actor, userId);
        if (recusals.inForce(subject.getId(), enterpriseId)) {
            throw new RuleViolation("enterpriseId", "recusal.duplicate");
        }
        Department department = departments.findById(subject.getDepartmentId()).orElseThrow();
        Recusal r = recusals.save(Recusal.declare(department.getId(), department.getLocation(), subject.getId(),
                enterpriseId, reason, actor.username(), clock.instant()));
        events.publishEvent(RecusalDeclared.of(r));
        return r;
    }

    /** As {@link #declare}, naming the enterprise by its credit code (the page's form); problems name {@code creditCode}. */
    public Recusal declareByCreditCode(Actor actor, Long userId, String creditCode, String reason) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            throw new RuleViolation("creditCode", "recusal.enterprise.required");
        }
        Enterprise enterprise = enterprises.findByCreditCode(code)
                .filter(e -> policy.canRead(actor, e))
                .orElseThrow(() -> new RuleViolation("creditCode", "recusal.enterprise.unknown"));
        try {
            return declare(actor, userId, enterprise.getId(), reason);
        } catch (RuleViolation v) {
            throw new RuleViolation(v.problems().stream().map(p -> "enterpriseId".equals(p.field())
                    ? new RuleViolation.Problem("creditCode", p.messageCode(), p.args()) : p).toList());
        }
    }

    /** A user the actor may record a recusal for. */
    public record Inspector(long id, String fullName, String certificateNumber) {
    }

    /** Those the actor may record a recusal for: for a supervisor or admin, the inspectors of their department. */
    @Transactional(readOnly = true)
    public List<Inspector> inspectorsFor(Actor actor) {
        if (!recordsForOthers(actor)) {
            return List.of();
        }
        return users.page(List.of(actor.departmentId()), null, 500).stream()
                .filter(u -> u.getRoles().contains(cn.safety.enforcement.domain.jurisdiction.Role.INSPECTOR))
                .map(u -> new Inspector(u.getId(), u.getFullName(),
                        u.getCertificate() == null ? null : u.getCertificate().getNumber()))
                .toList();
    }

    public Recusal withdraw(Actor actor, long id, String reason) {
        Recusal r = recusals.findById(id).orElseThrow(() -> new NotFound("Recusal", id));
        boolean own = r.getUserId() == actor.userId();
        if (!own && !(Rights.readsBelow(actor) && policy.canRead(actor, r))) {
            throw new NotFound("Recusal", id);
        }
        if (!own && r.getDepartmentId() != actor.departmentId()) {
            throw new OutOfJurisdiction("recusal.ownDepartmentOnly");
        }
        RecusalWithdrawn withdrawn = r.withdraw(reason, actor.username(), clock.instant());
        recusals.save(r);
        events.publishEvent(withdrawn);
        return r;
    }

    /** Supervisors and admins: the recusals of their department and those below; anyone else: their own. */
    @Transactional(readOnly = true)
    public List<RecusalLine> list(Actor actor) {
        if (Rights.readsBelow(actor) && !actor.entrusted()) {
            return recusals.list(policy.scopeFor(actor), LIST_LIMIT);
        }
        return recusals.ofUser(actor.userId());
    }

    /** The users for whom the actor may record a recusal: themselves, and for a supervisor or admin their department. */
    public boolean recordsForOthers(Actor actor) {
        return Rights.readsBelow(actor) && !actor.entrusted();
    }

    private UserAccount subject(Actor actor, Long userId) {
        if (userId == null || userId == actor.userId()) {
            return users.findById(actor.userId()).orElseThrow();
        }
        UserAccount subject = users.findById(userId)
                .orElseThrow(() -> new RuleViolation("userId", "recusal.user.unknown"));
        if (!recordsForOthers(actor) || !policy.canRead(actor, subject.getDepartmentId())) {
            throw new RuleViolation("userId", "recusal.user.unknown");
        }
        if (subject.getDepartmentId().longValue() != actor.departmentId()) {
            throw new OutOfJurisdiction("recusal.ownDepartmentOnly");
        }
        return subject;
    }
}
