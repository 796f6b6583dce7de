package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

/**
 * 双随机 (R3): a supervisor of the plan's department {@link #freeze freezes} a draw over the plan's spot-check pool
 * (candidates, ratio, count, roster of inspectors certified today, recusals in force, and the public source of the
 * seed), and later {@link #seed enters the seed}, which makes the draw: the selected enterprises join the plan as
 * spot-check items. Both steps are the department's own acts (not of a department above, not of an entrusted
 * organisation), each publishes one event.
 */
@Service
@Transactional
public class RunningDraws {

    private final Draws draws;
    private final DrawContents contents;
    private final InspectorRoster roster;
    private final Recusals recusals;
    private final Departments departments;
    private final DrawPlans plans;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RunningDraws(Draws draws, DrawContents contents, InspectorRoster roster, Recusals recusals,
                        Departments departments, DrawPlans plans, JurisdictionPolicy policy,
                        ApplicationEventPublisher events, Clock clock) {
        this.draws = draws;
        this.contents = contents;
        this.roster = roster;
        this.recusals = recusals;
        this.departments = departments;
        this.plans = plans;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Freezes a draw over the plan's spot-check pool. */
    public Draw freeze(Actor actor, long planId, BigDecimal ratio, String seedSource) {
        DrawPlans.DrawnPlan plan = plans.plan(planId, actor);
        requireSupervisorOf(actor, plan.departmentId());
        return freeze(actor, plan, plans.poolOf(planId, actor), ratio, seedSource);
    }

    /** Freezes a draw of {@code plan} over the given pool (the plan's spot-check pool). */
    public Draw freeze(Actor actor, DrawPlans.DrawnPlan plan, List<DrawCandidate> pool, BigDecimal ratio,
                       String seedSource) {
        Department department = requireSupervisorOf(actor, plan.departmentId());
        FrozenLists lists = FrozenLists.of(pool, roster.certifiedOn(department.getId(), LocalDate.now(clock)),
                recusals.pairsInForce(department.getId()));
        Draw draw = draws.saveAndFlush(Draw.freeze(plan.planId(), department.getId(), department.getLocation(), plan.year(),
                lists, ratio, seedSource, actor.username(), clock.instant()));
        contents.store(draw.getId(), lists);
        events.publishEvent(DrawFrozen.of(draw));
        return draw;
    }

    /** Enters the seed and draws; the selected enterprises join the plan as spot-check items. */
    public Seeded seed(Actor actor, long drawId, String seed) {
        Draw draw = draws.findById(drawId).orElseThrow(() -> new NotFound(DrawChange.AGGREGATE, drawId));
        policy.requireCanRead(actor, draw);
        requireSupervisorOf(actor, draw.getDepartmentId());
        if (draw.isSeeded()) {
            throw new DrawAlreadySeeded();
        }
        FrozenLists lists = contents.load(drawId);
        DrawSeeded seeded = draw.seed(seed, lists.input(draw.getRatio()), actor.username(), clock.instant());
        draws.saveAndFlush(draw);
        contents.storeResult(drawId, seeded.result());
        events.publishEvent(seeded);
        // the plan records its new spot-check items as its own change (one entry of the plan's)
        plans.addDrawn(draw.getPlanId(), drawId, contents.selectedEnterpriseIds(drawId));
        return new Seeded(draw, seeded.result());
    }

    public record Seeded(Draw draw, DrawResult result) {
    }

    private Department requireSupervisorOf(Actor actor, long departmentId) {
        Department department = departments.findById(departmentId)
                .orElseThrow(() -> new NotFound("Department", departmentId));
        if (!policy.canRead(actor, departmentId)) {
            throw new NotFound("Department", departmentId);
        }
        if (actor.entrusted() || actor.departmentId() != departmentId) {
            throw new OutOfJurisdiction("jurisdiction.act.ownDepartmentOnly");
        }
        if (!actor.has(Role.SUPERVISOR)) {
            throw new OutOfJurisdiction("draw.supervisorOnly");
        }
        return department;
    }
}
