package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.plan.PlanItemRow;
import cn.safety.enforcement.domain.plan.PlanItems;
import cn.safety.enforcement.domain.plan.PlanStatus;
import cn.safety.enforcement.domain.plan.Plans;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The inspections a user may read: one inspection, the list in keyset pages, the supervisors' approval queue. */
@Service
@Transactional(readOnly = true)
public class ReadingInspections {

    public static final int MAX_PAGE = 100;

    private final Inspections inspections;
    private final UserAccounts accounts;
    private final Experts experts;
    private final Plans plans;
    private final PlanItems planItems;
    private final Departments departments;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final JurisdictionPolicy policy;
    private final Clock clock;

    public ReadingInspections(Inspections inspections, UserAccounts accounts, Experts experts, Plans plans,
                              PlanItems planItems, Departments departments, InspectionAccess access,
                              InspectionFiles files, JurisdictionPolicy policy, Clock clock) {
        this.inspections = inspections;
        this.accounts = accounts;
        this.experts = experts;
        this.plans = plans;
        this.planItems = planItems;
        this.departments = departments;
        this.access = access;
        this.files = files;
        this.policy = policy;
        this.clock = clock;
    }

    /** One line of a list. */
    public record Row(long id, long enterpriseId, String enterpriseName, String departmentName, InspectionKind kind,
                      InspectionTrigger trigger, InspectionStatus status, Instant startedAt, boolean planned,
                      boolean urgent, boolean approvalPending, boolean approvalOverdue, Instant approvalDueAt,
                      long version) {
    }

    /** A page of rows and the id to continue after (null at the end). */
    public record Slice(List<Row> rows, Long next) {
    }

    public InspectionFiles.InspectionFile get(Actor actor, long id) {
        return files.of(actor, access.toRead(actor, id));
    }

    public Slice list(Actor actor, Long enterpriseId, Instant from, Instant to, Long after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new RuleViolation("size", "inspection.list.size", MAX_PAGE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new RuleViolation("to", "inspection.list.toBeforeFrom");
        }
        Scope scope = policy.scopeFor(actor);
        List<Inspection> page = inspections.page(scope, new Inspections.InspectionFilter(enterpriseId, from, to),
                after, size + 1);
        boolean more = page.size() > size;
        List<Inspection> shown = more ? page.subList(0, size) : page;
        List<Row> rows = rows(shown);
        return new Slice(rows, more ? shown.get(shown.size() - 1).getId() : null);
    }

    /** Whom and what a new inspection of {@code departmentId} may name: certified inspectors, the expert pool. */
    public record Choices(List<UserAccount> inspectors, List<Expert> experts) {
    }

    public Choices choices(Actor actor, long departmentId) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.util.Set<Long> departmentIds = new java.util.HashSet<>(java.util.Set.of(departmentId));
        if (actor.entrusted()) {
            departmentIds.add(actor.departmentId());
        }
        List<UserAccount> certified = accounts.page(departmentIds, null, 500).stream()
                .filter(a -> a.isEnabled() && a.isCertifiedOn(today)).toList();
        return new Choices(certified, experts.activeOf(List.of(departmentId)));
    }

    /** This month's items of the actor's department's approved plan, to start their inspections from. */
    public List<PlanItemRow> monthItems(Actor actor) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        if (actor.entrusted()) {
            return List.of();
        }
        return plans.current(actor.departmentId(), today.getYear())
                .filter(p -> p.getStatus() == PlanStatus.APPROVED)
                .map(p -> planItems.ofMonth(p.getId(), today.getMonthValue(), null, MAX_PAGE))
                .orElse(List.of());
    }

    /** What waits for the actor's approval (before starting, or urgent ones started): oldest first. */
    public List<Row> awaitingApproval(Actor actor) {
        if (!ApprovalPolicy.approves(actor)) {
            return List.of();
        }
        return rows(inspections.awaitingApproval(policy.scopeFor(actor), MAX_PAGE).stream()
                .filter(i -> ApprovalPolicy.mayApprove(actor, i)).toList());
    }

    /** The inspections in progress (in scope) in which the actor is one of the inspectors: the actor's to-do. */
    public List<Row> inProgressOf(Actor actor) {
        if (actor.isEnterprise()) {
            return List.of();
        }
        return rows(inspections.inProgressWith(policy.scopeFor(actor), actor.username(), MAX_PAGE));
    }

    private List<Row> rows(List<Inspection> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = inspections.enterpriseNames(shown.stream().map(Inspection::getEnterpriseId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Inspections.NameOf::id, Inspections.NameOf::name, (a, b) -> a));
        Map<Long, String> departmentNames = departments.findAllById(shown.stream().map(Inspection::getDepartmentId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a));
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>(shown.size());
        for (Inspection i : shown) {
            rows.add(new Row(i.getId(), i.getEnterpriseId(), names.getOrDefault(i.getEnterpriseId(), ""),
                    departmentNames.getOrDefault(i.getDepartmentId(), ""), i.getKind(), i.getTrigger(),
                    i.getStatus(), i.getStartedAt(), i.planned(), i.isUrgent(), i.approvalPending(),
                    i.approvalOverdue(now), i.getApprovalDueAt(), i.getVersion()));
        }
        return rows;
    }
}
