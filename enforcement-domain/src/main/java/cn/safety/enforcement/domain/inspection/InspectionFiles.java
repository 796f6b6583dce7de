package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Assembles what a page or the API shows of one inspection, every part loaded, for the actor who reads it. */
@Component
public class InspectionFiles {

    private final Enterprises enterprises;
    private final Departments departments;
    private final InspectionAccess access;
    private final Clock clock;

    public InspectionFiles(Enterprises enterprises, Departments departments, InspectionAccess access, Clock clock) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.access = access;
        this.clock = clock;
    }

    /** One inspection with what its page shows. */
    public record InspectionFile(Inspection inspection, Enterprise enterprise, String departmentName,
                                 boolean mayAct, boolean mayApprove, boolean approvalOverdue) {
    }

    public InspectionFile of(Actor actor, Inspection i) {
        i.getInspectors().size();
        i.getExperts().size();
        i.getStages().size();
        i.getChecklists().size();
        i.getResults().size();
        i.getTransfers().size();
        i.getSignatures().size();
        i.getSignatureRefusals().size();
        Enterprise e = enterprises.findById(i.getEnterpriseId()).orElseThrow();
        String department = departments.findById(i.getDepartmentId()).map(Department::getName).orElse("");
        return new InspectionFile(i, e, department, access.canAct(actor, i),
                i.approvalPending() && ApprovalPolicy.mayApprove(actor, i), i.approvalOverdue(clock.instant()));
    }
}
