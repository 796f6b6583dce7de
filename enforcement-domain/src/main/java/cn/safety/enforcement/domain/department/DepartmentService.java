package cn.safety.enforcement.domain.department;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Admins establish and rename the departments of their own area. */
@Service
@Transactional
public class DepartmentService {

    private static final String AGGREGATE = "Department";

    private final Departments departments;
    private final Divisions divisions;
    private final JurisdictionPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public DepartmentService(Departments departments, Divisions divisions, JurisdictionPolicy policy,
                             Clock clock, ApplicationEventPublisher events) {
        this.departments = departments;
        this.divisions = divisions;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    public Department establish(Actor actor, String name, String divisionCode) {
        Division division = division(divisionCode);
        policy.requireCanAdminister(actor, division.location());
        return establish(name, division);
    }

    /** For start-up bootstrapping (first admin, demo data): no one is signed in, the record names the system. */
    public Department establishAsSystem(String name, String divisionCode) {
        return establish(name, division(divisionCode));
    }

    private Department establish(String name, Division division) {
        Department d = Department.establish(name, division, clock.instant());
        if (departments.existsByLocationDivisionCodeAndName(division.getCode(), d.getName())) {
            throw new RuleViolation("name", "department.name.duplicate");
        }
        d = departments.save(d);
        events.publishEvent(DepartmentEstablished.of(d));
        return d;
    }

    public Department rename(Actor actor, long id, long seenVersion, String name) {
        Department d = departments.findById(id).orElseThrow(() -> new NotFound(AGGREGATE, id));
        policy.requireCanAdministerDepartment(actor, d);
        StaleVersion.check(AGGREGATE, id, seenVersion, d.getVersion());
        // asked before the entity changes: a query after it would flush the new name and find the department itself
        if (name != null && departments.existsByLocationDivisionCodeAndNameAndIdNot(d.getDivisionCode(), name.strip(), id)) {
            throw new RuleViolation("name", "department.name.duplicate");
        }
        DepartmentRenamed renamed = d.rename(name);
        departments.save(d);
        events.publishEvent(renamed);
        return d;
    }

    @Transactional(readOnly = true)
    public Department get(Actor actor, long id) {
        Department d = departments.findById(id).orElseThrow(() -> new NotFound(AGGREGATE, id));
        if (!policy.canRead(actor, id)) {
            throw new NotFound(AGGREGATE, id);
        }
        return d;
    }

    /** The departments the actor may see (own, and below for supervisors and admins). */
    @Transactional(readOnly = true)
    public List<Department> visibleTo(Actor actor) {
        return policy.visibleDepartments(actor);
    }

    /** Departments by id, for naming the departments of records the caller already may see. */
    @Transactional(readOnly = true)
    public List<Department> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : departments.findAllById(ids);
    }

    /** Start-up bootstrapping: the first department established for the division, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Department> firstOf(String divisionCode) {
        return departments.findByDivisionCodes(List.of(divisionCode)).stream()
                .min(java.util.Comparator.comparing(Department::getId));
    }

    @Transactional(readOnly = true)
    public boolean any() {
        return departments.count() > 0;
    }

    private Division division(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("divisionCode", "department.division.required");
        }
        return divisions.findByCode(code.strip())
                .orElseThrow(() -> new RuleViolation("divisionCode", "department.division.unknown"));
    }
}
