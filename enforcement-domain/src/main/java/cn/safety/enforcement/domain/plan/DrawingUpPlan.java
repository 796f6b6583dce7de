package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.rule.RuleParameters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 编制年度计划: the actor's department draws up its plan for a year, one per department and year. The province's approval
 * deadline in force (rule data {@value PlanParameters#APPROVAL_DEADLINE}) is fixed on the plan when it is drawn up.
 */
@Service
@Transactional
public class DrawingUpPlan {

    private final Plans plans;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final RuleParameters rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DrawingUpPlan(Plans plans, Departments departments, JurisdictionPolicy policy, RuleParameters rules,
                         ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.departments = departments;
        this.policy = policy;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public Plan drawUp(Actor actor, Integer year) {
        if (year == null) {
            throw new cn.safety.enforcement.domain.RuleViolation("year", "plan.year.required");
        }
        if (actor.entrusted()) {
            throw new cn.safety.enforcement.domain.OutOfJurisdiction("jurisdiction.entrusted.noRegistering");
        }
        Department department = departments.findById(actor.departmentId()).orElseThrow();
        String province = department.getLocation().provinceCode();
        Plan plan = Plan.drawUp(department, year, rules.valueAt(PlanParameters.APPROVAL_DEADLINE, province,
                LocalDate.of(Math.max(2000, Math.min(2100, year)), 1, 1)), clock.instant());
        policy.requireCanAct(actor, plan);
        Plan saved = plans.add(plan);
        events.publishEvent(PlanDrawnUp.of(saved));
        return saved;
    }
}
