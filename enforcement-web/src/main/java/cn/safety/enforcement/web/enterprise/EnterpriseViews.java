package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.DivisionService;
import cn.safety.enforcement.domain.division.TownshipService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseAssignment;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns enterprises into views with their names (department, division, township). A list names its rows from the departments and divisions of the
 * reader's own area, which are kept in memory, so a page costs no query for names; anything not found there (a retired
 * division, a department outside the area in a jurisdiction history) is loaded in one query per kind.
 */
@Component
class EnterpriseViews {

    private final EnterpriseMapper mapper;
    private final DepartmentService departments;
    private final DivisionService divisions;
    private final TownshipService townships;

    EnterpriseViews(EnterpriseMapper mapper, DepartmentService departments, DivisionService divisions,
                    TownshipService townships) {
        this.mapper = mapper;
        this.townships = townships;
        this.divisions = divisions;
        this.departments = departments;
    }

    /** Enterprises with their townships named (the file, a single read, the export): one query more. */
    List<EnterpriseView> toViews(List<Enterprise> enterprises) {
        Set<Long> townshipIds = new HashSet<>();
        for (Enterprise e : enterprises) {
            if (e.getTownshipId() != null) {
                townshipIds.add(e.getTownshipId());
            }
        }
        Names names = namesFor(enterprises, List.of())
                .withTownships(townshipIds.isEmpty() ? List.of() : townships.byIds(townshipIds));
        return enterprises.stream().map(e -> mapper.toView(e, names)).toList();
    }

    /**
     * A page of the list that {@code reader} asked for: every row lies in their area. Rows carry their {@code
     * townshipId} but not its name, so that a page costs its list query alone.
     */
    List<EnterpriseView> toViews(Actor reader, List<Enterprise> enterprises) {
        Names names = namesFor(enterprises, List.of(), departments.visibleTo(reader), divisions.withinAreaOf(reader));
        return enterprises.stream().map(e -> mapper.toView(e, names)).toList();
    }

    EnterpriseView toView(Enterprise enterprise) {
        return toViews(List.of(enterprise)).get(0);
    }

    /** The jurisdiction history with the departments' names, loaded in one query. */
    List<AssignmentView> assignmentViews(Enterprise enterprise, List<EnterpriseAssignment> assignments) {
        return assignmentViews(enterprise, assignments, java.util.function.Function.identity());
    }

    /** As above, naming who assigned it as people read it ({@code who}: 姓名（username）, or 系统). */
    List<AssignmentView> assignmentViews(Enterprise enterprise, List<EnterpriseAssignment> assignments,
                                         java.util.function.Function<String, String> who) {
        Names names = namesFor(List.of(enterprise), assignments);
        return assignments.stream().map(a -> new AssignmentView(a.getAssignedAt(), a.getKind().name(),
                a.getFromDepartmentId() == null ? null : names.departmentName(a.getFromDepartmentId()),
                names.departmentName(a.getToDepartmentId()), a.getReason(), a.getDocumentNumber(),
                who.apply(a.getAssignedBy()))).toList();
    }

    Names namesFor(List<Enterprise> enterprises, List<EnterpriseAssignment> assignments) {
        return namesFor(enterprises, assignments, List.of(), List.of());
    }

    private Names namesFor(List<Enterprise> enterprises, List<EnterpriseAssignment> assignments,
                           List<Department> knownDepartments, List<Division> knownDivisions) {
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
        List<Department> named = new ArrayList<>();
        for (Department d : knownDepartments) {
            if (departmentIds.remove(d.getId())) {
                named.add(d);
            }
        }
        named.addAll(departments.byIds(departmentIds));
        List<Division> placed = new ArrayList<>();
        for (Division d : knownDivisions) {
            if (divisionCodes.remove(d.getCode())) {
                placed.add(d);
            }
        }
        placed.addAll(divisions.byCodes(divisionCodes));
        return Names.of(named, placed);
    }
}
