package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Assembles what a page or the API shows of one hazard, every part loaded, for the actor who reads it. */
@Component
public class HazardFiles {

    private final Enterprises enterprises;
    private final Departments departments;
    private final HazardAccess access;
    private final Clock clock;

    public HazardFiles(Enterprises enterprises, Departments departments, HazardAccess access, Clock clock) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One hazard with what its page shows. {@code internal}: the actor is of the department's side and reads its
     * internal notes; an enterprise's account never does.
     */
    public record HazardFile(Hazard hazard, Enterprise enterprise, String departmentName, String supervisedByName,
                             LocalDate today, boolean internal, boolean mayAct) {

        public Long daysLeft() {
            return hazard.daysLeft(today).orElse(null);
        }
    }

    public HazardFile of(Actor actor, Hazard h) {
        h.getReports().forEach(r -> r.getEvidenceIds().size());
        h.getVerifications().size();
        h.getExtensions().size();
        h.getOnsiteMeasures().size();
        Enterprise e = enterprises.findById(h.getEnterpriseId()).orElseThrow();
        String department = departments.findById(h.getDepartmentId()).map(Department::getName).orElse("");
        String supervisor = h.getSupervisedByDepartmentId() == null ? null
                : departments.findById(h.getSupervisedByDepartmentId()).map(Department::getName).orElse("");
        return new HazardFile(h, e, department, supervisor, LocalDate.now(clock), !actor.isEnterprise(),
                access.canAct(actor, h));
    }
}
