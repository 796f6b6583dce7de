package cn.safety.enforcement.web.plan;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.plan.PlanItemOrigin;
import cn.safety.enforcement.domain.plan.PlanItemRow;
import cn.safety.enforcement.domain.plan.PlanStatus;
import cn.safety.enforcement.domain.plan.ReadingPlans;
import cn.safety.enforcement.domain.plan.Reason;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Plans and items as the API and the pages show them. */
@Component
class PlanViews {

    private final ReadingPlans reading;

    PlanViews(ReadingPlans reading) {
        this.reading = reading;
    }

    /** The department a plan belongs to. */
    record DepartmentRef(long id, String name, String divisionCode) {
    }

    /**
     * A plan version. {@code version} is the plan's version number (1, then one more per revision); {@code lockVersion}
     * is the row's optimistic-locking version.
     */
    record PlanView(long id, int year, int version, PlanStatus status, DepartmentRef department, Long revisesId,
                    String approvedBy, String documentNumber, LocalDate approvedOn, String returnReason,
                    LocalDate approvalDueOn, String approvalDueSource, boolean late, String ruleSet,
                    Instant generatedAt, long lockVersion) {
    }

    record EnterpriseRef(long id, String name, String creditCode) {
    }

    record ItemView(long id, EnterpriseRef enterprise, PlanItemKind kind, PlanItemOrigin origin, List<Reason> reasons,
                    int requiredInspections, Integer month, List<String> flags, String movedReason, String ruleSet,
                    long version) {
    }

    PlanView view(Plan p) {
        Department d = reading.departmentOf(p);
        return new PlanView(p.getId(), p.getYear(), p.getRevision(), p.getStatus(),
                new DepartmentRef(d.getId(), d.getName(), d.getDivisionCode()), p.getRevisesId(), p.getApprovedBy(),
                p.getDocumentNumber(), p.getApprovedOn(), p.getReturnReason(), p.getApprovalDueOn(),
                p.getApprovalDueSource(), reading.late(p), p.getRuleSet(), p.getGeneratedAt(), p.getVersion());
    }

    static ItemView view(PlanItemRow r) {
        return new ItemView(r.id(), new EnterpriseRef(r.enterpriseId(), r.enterpriseName(), r.creditCode()), r.kind(),
                r.origin(), r.reasons(), r.requiredInspections(), r.month(), r.flags(), r.movedReason(), r.ruleSet(),
                r.version());
    }
}
