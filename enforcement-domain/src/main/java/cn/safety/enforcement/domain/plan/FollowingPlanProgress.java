package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Following the plans (计划执行进度): for a department and each department under it that the reader sees, the
 * key-enterprise coverage so far, the spot checks done and the items overdue, with the items behind each figure; and
 * the inspector's own month. A county sees itself; a city itself and its counties; nobody another province's.
 */
@Service
@Transactional(readOnly = true)
public class FollowingPlanProgress {

    private final Plans plans;
    private final ProgressFigures progress;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final Clock clock;

    public FollowingPlanProgress(Plans plans, ProgressFigures progress, Departments departments,
                                 JurisdictionPolicy policy, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.departments = departments;
        this.policy = policy;
        this.clock = clock;
    }

    /** The progress of a year as of {@code asOf}: one row per department, the root's first, and their totals. */
    public record Report(Department root, int year, LocalDate asOf, int monthsPassed, List<PlanProgress> departments,
                         PlanProgress.Figures totals) {
    }

    /** The inspector's month: the items of the own department's plan, and the inspections they are named on. */
    public record Month(Plan plan, int year, int month, List<ItemProgress> items, List<NamedInspection> inspections) {
    }

    /** The progress of the plan's year for the plan's department and those under it. */
    public Report ofPlan(Actor actor, long planId) {
        Plan plan = PlanCommand.loadToRead(plans, policy, actor, planId);
        return report(actor, departments.findById(plan.getDepartmentId()).orElseThrow(), plan.getYear());
    }

    /** The progress of {@code year} for the actor's own department and those under it. */
    public Report ofYear(Actor actor, int year) {
        return report(actor, departments.findById(actor.departmentId()).orElseThrow(), year);
    }

    private Report report(Actor actor, Department root, int year) {
        LocalDate today = LocalDate.now(clock);
        int passed = PlanProgress.monthsPassed(year, today);
        // another department in the same division (a 执法支队 beside the 应急管理局) is not under the root
        List<Department> shown = policy.visibleDepartments(actor).stream()
                .filter(d -> !d.isEntrustedOrganisation())
                .filter(d -> d.getId().equals(root.getId()) || root.getLocation().strictlyContains(d.getLocation()))
                .sorted(Comparator.comparing((Department d) -> !d.getId().equals(root.getId()))
                        .thenComparing(Department::getDivisionCode).thenComparing(Department::getId))
                .toList();
        Map<Long, ProgressFigures.PlanRef> current = progress.currentPlans(
                shown.stream().map(Department::getId).toList(), year);
        Map<Long, PlanProgress.Figures> figures = progress.figures(
                current.values().stream().map(ProgressFigures.PlanRef::planId).toList(), passed);
        List<PlanProgress> rows = shown.stream().map(d -> {
            ProgressFigures.PlanRef ref = current.get(d.getId());
            return ref == null
                    ? new PlanProgress(d.getId(), d.getName(), d.getDivisionCode(), null, null,
                    PlanProgress.Figures.NONE)
                    : new PlanProgress(d.getId(), d.getName(), d.getDivisionCode(), ref.planId(), ref.status(),
                    figures.getOrDefault(ref.planId(), PlanProgress.Figures.NONE));
        }).toList();
        PlanProgress.Figures totals = rows.stream().map(PlanProgress::figures)
                .reduce(PlanProgress.Figures.NONE, PlanProgress.Figures::plus);
        return new Report(root, year, today, passed, rows, totals);
    }

    /** The items behind a figure of a plan: overdue, not yet done, or done; a page ordered by id. */
    public List<ItemProgress> items(Actor actor, long planId, ProgressFilter filter, Long afterId, int limit) {
        Plan plan = PlanCommand.loadToRead(plans, policy, actor, planId);
        return progress.items(plan.getId(), filter,
                PlanProgress.monthsPassed(plan.getYear(), LocalDate.now(clock)), afterId, limit);
    }

    public Plan plan(Actor actor, long planId) {
        return PlanCommand.loadToRead(plans, policy, actor, planId);
    }

    /**
     * 本月检查: the items of {@code month} of this year in the plan the actor's own department works from, with their
     * state, and the inspections the actor is named on begun that month or still open.
     */
    public Month month(Actor actor, int month, Long afterId, int limit) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        Optional<Plan> plan = actor.entrusted() ? Optional.empty() : plans.current(actor.departmentId(), year);
        plan.ifPresent(p -> policy.requireCanRead(actor, p));
        List<ItemProgress> items = plan.map(p -> progress.ofMonth(p.getId(), month,
                PlanProgress.monthsPassed(year, today), afterId, limit)).orElse(List.of());
        ZoneId zone = clock.getZone();
        LocalDate first = LocalDate.of(year, month, 1);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = first.plusMonths(1).atStartOfDay(zone).toInstant();
        return new Month(plan.orElse(null), year, month, items, progress.namedOn(actor.username(),
                policy.scopeFor(actor), from, to, limit));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The zone the department's days are counted in. */
    public ZoneId zone() {
        return clock.getZone();
    }
}
