package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.web.department.DepartmentView;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The departments and divisions a page of enterprises refers to, loaded in one query each (no N+1). */
public record Names(Map<Long, Department> departments, Map<String, Division> divisions) {

    static Names of(Iterable<Department> departments, Iterable<Division> divisions) {
        return new Names(
                java.util.stream.StreamSupport.stream(departments.spliterator(), false)
                        .collect(Collectors.toMap(Department::getId, Function.identity(), (a, b) -> a)),
                java.util.stream.StreamSupport.stream(divisions.spliterator(), false)
                        .collect(Collectors.toMap(Division::getCode, Function.identity(), (a, b) -> a)));
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
