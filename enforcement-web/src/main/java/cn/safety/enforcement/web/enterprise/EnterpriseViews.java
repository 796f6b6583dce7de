package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.division.DivisionService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseAssignment;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns enterprises into views with their names, two queries per page however many rows it has. */
@Component
class EnterpriseViews {

    private final EnterpriseMapper mapper;
    private final DepartmentService departments;
    private final DivisionService divisions;

    EnterpriseViews(EnterpriseMapper mapper, DepartmentService departments, DivisionService divisions) {
        this.mapper = mapper;
        this.divisions = divisions;
        this.departments = departments;
    }

    List<EnterpriseView> toViews(List<Enterprise> enterprises) {
        Names names = namesFor(enterprises, List.of());
        return enterprises.stream().map(e -> mapper.toView(e, names)).toList();
    }

    EnterpriseView toView(Enterprise enterprise) {
        return toViews(List.of(enterprise)).get(0);
    }

    /** The jurisdiction history with the departments' names, loaded in one query. */
    List<AssignmentView> assignmentViews(Enterprise enterprise, List<EnterpriseAssignment> assignments) {
        Names names = namesFor(List.of(enterprise), assignments);
        return assignments.stream().map(a -> new AssignmentView(a.getAssignedAt(), a.getKind().name(),
                a.getFromDepartmentId() == null ? null : names.departmentName(a.getFromDepartmentId()),
                names.departmentName(a.getToDepartmentId()), a.getReason(), a.getAssignedBy())).toList();
    }

    Names namesFor(List<Enterprise> enterprises, List<EnterpriseAssignment> assignments) {
        Set<Long> departmentIds = new HashSet<>();
        Set<String> divisionCodes = new HashSet<>();
        for (Enterprise e : enterprises) {
            departmentIds.add(e.getDepartmentId());
            divisionCodes.add(e.getDivisionCode());
        }
        for (EnterpriseAssignment a : assignments) {
            departmentIds.add(a.getToDepartmentId());
            if (a.getFromDepartmentId() != null) {
                departmentIds.add(a.getFromDepartmentId());
            }
        }
        return Names.of(departments.byIds(departmentIds), divisions.byCodes(divisionCodes));
    }
}
