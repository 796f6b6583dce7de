package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.web.department.DepartmentView;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The departments, divisions and townships a page of enterprises refers to, loaded in one query each (no N+1). */
public record Names(Map<Long, Department> departments, Map<String, Division> divisions,
                    Map<Long, String> townships) {

    static Names of(Iterable<Department> departments, Iterable<Division> divisions) {
        return of(departments, divisions, java.util.List.of());
    }

    static Names of(Iterable<Department> departments, Iterable<Division> divisions, Iterable<Township> townships) {
        return new Names(
                java.util.stream.StreamSupport.stream(departments.spliterator(), false)
                        .collect(Collectors.toMap(Department::getId, Function.identity(), (a, b) -> a)),
                java.util.stream.StreamSupport.stream(divisions.spliterator(), false)
                        .collect(Collectors.toMap(Division::getCode, Function.identity(), (a, b) -> a)),
                java.util.stream.StreamSupport.stream(townships.spliterator(), false)
                        .collect(Collectors.toMap(Township::getId, Township::getName, (a, b) -> a)));
    }

    /** These names and the names of {@code townships}. */
    Names withTownships(Iterable<Township> townships) {
        return of(departments.values(), divisions.values(), townships);
    }

    /** The township's name, or null when none is recorded or it was not asked for. */
    public String townshipName(Long id) {
        return id == null ? null : townships.get(id);
    }

    public DepartmentView departmentView(Long id) {
        Department d = departments.get(id);
        return d == null ? null : new DepartmentView(d.getId(), d.getName(), d.getLevel().name(), d.getDivisionCode());
    }

    public String departmentName(Long id) {
        Department d = departments.get(id);
        return d == null ? "" : d.getName();
    }

    public String divisionName(String code) {
        Division d = divisions.get(code);
        return d == null ? code : d.getName();
    }
}
