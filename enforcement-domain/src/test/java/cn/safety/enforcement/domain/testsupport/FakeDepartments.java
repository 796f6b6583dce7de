package cn.safety.enforcement.domain.testsupport;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.division.Location;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link Departments} that answers the way the database does. */
public final class FakeDepartments implements Departments {

    private final Map<Long, Department> byId = new LinkedHashMap<>();
    private long nextId = 1000;

    public FakeDepartments add(Department department) {
        if (department.getId() == null) {
            Reflect.withId(department, nextId++);
        }
        byId.put(department.getId(), department);
        return this;
    }

    public FakeDepartments remove(Department department) {
        byId.remove(department.getId());
        return this;
    }

    @Override
    public Optional<Department> findById(Long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Department> findAllById(Iterable<Long> ids) {
        List<Department> found = new ArrayList<>();
        ids.forEach(id -> findById(id).ifPresent(found::add));
        return found;
    }

    @Override
    public List<Department> findWithin(Location root) {
        return byId.values().stream()
                .filter(d -> root.contains(d.getLocation()))
                .sorted(Comparator.comparing(Department::getDivisionCode).thenComparing(Department::getId))
                .toList();
    }

    @Override
    public List<Department> findByDivisionCodes(Collection<String> divisionCodes) {
        return byId.values().stream().filter(d -> divisionCodes.contains(d.getDivisionCode())).toList();
    }

    @Override
    public boolean existsByLocationDivisionCodeAndName(String divisionCode, String name) {
        return byId.values().stream().anyMatch(d -> d.getDivisionCode().equals(divisionCode) && d.getName().equals(name));
    }

    @Override
    public boolean existsByLocationDivisionCodeAndNameAndIdNot(String divisionCode, String name, Long id) {
        return byId.values().stream().anyMatch(d -> d.getDivisionCode().equals(divisionCode) && d.getName().equals(name)
                && !d.getId().equals(id));
    }

    @Override
    public long count() {
        return byId.size();
    }

    @Override
    public Department save(Department department) {
        add(department);
        return department;
    }

    @Override
    public List<Department> pageAfter(Collection<Long> ids, String namePattern, String divisionCode, long id,
                                      int limit) {
        return matching(ids, namePattern)
                .filter(d -> d.getDivisionCode().compareTo(divisionCode) > 0
                        || d.getDivisionCode().equals(divisionCode) && d.getId() > id)
                .sorted(ORDER).limit(limit).toList();
    }

    @Override
    public List<Department> pageBefore(Collection<Long> ids, String namePattern, String divisionCode, long id,
                                       int limit) {
        return matching(ids, namePattern)
                .filter(d -> d.getDivisionCode().compareTo(divisionCode) < 0
                        || d.getDivisionCode().equals(divisionCode) && d.getId() < id)
                .sorted(ORDER.reversed()).limit(limit).toList();
    }

    @Override
    public long countMatching(Collection<Long> ids, String namePattern) {
        return matching(ids, namePattern).count();
    }

    private static final Comparator<Department> ORDER =
            Comparator.comparing(Department::getDivisionCode).thenComparing(Department::getId);

    /** LIKE with % only at both ends, as the finder builds it. */
    private java.util.stream.Stream<Department> matching(Collection<Long> ids, String namePattern) {
        String part = namePattern.replaceAll("^%|%$", "").replace("\\%", "%").replace("\\_", "_")
                .replace("\\\\", "\\");
        return byId.values().stream().filter(d -> ids.contains(d.getId()))
                .filter(d -> d.getName().toLowerCase(java.util.Locale.ROOT).contains(part));
    }
}
