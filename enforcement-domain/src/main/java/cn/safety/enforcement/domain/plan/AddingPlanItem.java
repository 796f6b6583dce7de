package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查, 交叉互检: an upper department adds an enterprise of a department below it to its own draft. No 多层重复执法 (002
 * 总体要求): refused when another department's plan of the same year already holds the enterprise, naming that
 * department. An enterprise of the plan's own department comes in through generation or the draw, not by hand.
 */
@Service
@Transactional
public class AddingPlanItem {

    private final Plans plans;
    private final PlanItems items;
    private final Enterprises enterprises;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;

    public AddingPlanItem(Plans plans, PlanItems items, Enterprises enterprises, Departments departments,
                          JurisdictionPolicy policy, ApplicationEventPublisher events) {
        this.plans = plans;
        this.items = items;
        this.enterprises = enterprises;
        this.departments = departments;
        this.policy = policy;
        this.events = events;
    }

    public PlanItem add(Actor actor, long planId, Long enterpriseId, PlanItemKind kind, String reason) {
        Plan plan = PlanCommand.loadToAct(plans, policy, actor, planId);
        plan.requireEditable("addItem");
        if (enterpriseId == null) {
            throw new RuleViolation("enterpriseId", "plan.item.enterprise.required");
        }
        Enterprise e = enterprises.findById(enterpriseId)
                .filter(found -> policy.canRead(actor, found))
                .orElseThrow(() -> new RuleViolation("enterpriseId", "plan.item.enterprise.unknown"));
        if (e.assignedDepartmentId() == plan.getDepartmentId()) {
            throw new RuleViolation("enterpriseId", "plan.item.ownDepartment");
        }
        Department holder = departments.findById(e.assignedDepartmentId()).orElseThrow();
        if (!plan.location().strictlyContains(holder.getLocation())) {
            throw new RuleViolation("enterpriseId", "plan.item.lowerDepartmentOnly");
        }
        if (items.holds(plan.getId(), enterpriseId)) {
            throw new RuleViolation("enterpriseId", "plan.item.alreadyHeld");
        }
        items.plannedElsewhere(enterpriseId, plan.getYear(), plan.getId()).ifPresent(departmentId -> {
            String name = departments.findById(departmentId).map(Department::getName).orElse("");
            throw new RuleViolation("enterpriseId", "plan.item.plannedBelow", name,
                    String.valueOf(plan.getYear()));
        });
        PlanItem saved = items.add(PlanItem.add(plan, enterpriseId, kind, reason));
        events.publishEvent(PlanItemAdded.of(saved));
        return saved;
    }
}
