package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Rights;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reading plans and their items within the reader's jurisdiction: their own department's and, for those who read below,
 * the departments below. Entrusted organisations enforce but do not plan: they read no plans.
 */
@Service
@Transactional(readOnly = true)
public class ReadingPlans {

    private final Plans plans;
    private final PlanItems items;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ReadingPlans(Plans plans, PlanItems items, Departments departments, JurisdictionPolicy policy,
                        Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.items = items;
        this.departments = departments;
        this.policy = policy;
        this.clock = clock;
    }

    public Plan get(Actor actor, long planId) {
        return PlanCommand.loadToRead(plans, policy, actor, planId);
    }

    /** Reads the plan for an export file, and records who took it out ({@link PlanExported}). */
    @Transactional
    public Plan export(Actor actor, long planId) {
        Plan plan = get(actor, planId);
        events.publishEvent(PlanExported.of(plan));
        return plan;
    }

    public List<Plan> list(Actor actor, Integer year, Long afterId, int limit) {
        Scope scope = policy.scopeFor(actor);
        return plans.page(new Scope(scope.departmentIds()), year, afterId, limit);
    }

    public List<PlanItemRow> items(Actor actor, long planId, PlanItemKind kind, Long afterId, int limit) {
        Plan plan = get(actor, planId);
        return items.page(plan.getId(), kind, afterId, limit);
    }

    public PlanItemRow item(Actor actor, long planId, long itemId) {
        Plan plan = get(actor, planId);
        PlanItem item = items.findById(itemId).filter(i -> i.getPlanId().equals(plan.getId()))
                .orElseThrow(() -> new cn.safety.enforcement.domain.NotFound(PlanItemChange.AGGREGATE, itemId));
        return items.page(plan.getId(), null, item.getId() - 1, 1).get(0);
    }

    /** 本月检查: the items of {@code month} in the plan the actor's own department works from this year. */
    public Optional<Plan> currentOfOwnDepartment(Actor actor, int year) {
        if (actor.entrusted()) {
            return Optional.empty();
        }
        return plans.current(actor.departmentId(), year);
    }

    public List<PlanItemRow> ofMonth(Actor actor, Plan plan, int month, Long afterId, int limit) {
        policy.requireCanRead(actor, plan);
        return items.ofMonth(plan.getId(), month, afterId, limit);
    }

    public long count(Actor actor, Plan plan, PlanItemKind kind) {
        policy.requireCanRead(actor, plan);
        return items.count(plan.getId(), kind);
    }

    public Department departmentOf(Plan plan) {
        return departments.findById(plan.getDepartmentId()).orElseThrow();
    }

    public boolean late(Plan plan) {
        return plan.lateOn(LocalDate.now(clock));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** For the page's buttons: who may act on the plan, and who decides. */
    public boolean canAct(Actor actor, Plan plan) {
        return policy.canAct(actor, plan);
    }

    public boolean decides(Actor actor, Plan plan) {
        return policy.canAct(actor, plan) && Rights.decidesPlans(actor);
    }
}
