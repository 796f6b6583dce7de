package cn.safety.enforcement.domain.department;

import cn.safety.enforcement.domain.division.Location;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where departments are kept. */
public interface Departments {

    Optional<Department> findById(Long id);

    List<Department> findAllById(Iterable<Long> ids);

    /** Every department whose division is {@code root} or lies below it, ordered by division code. */
    List<Department> findWithin(Location root);

    List<Department> findByDivisionCodes(Collection<String> divisionCodes);

    long count();

    /**
     * Of these departments, those whose lower-cased name is LIKE {@code namePattern} (backslash escapes), ordered by
     * division code and id, {@code limit} rows after ({@code divisionCode}, {@code id}).
     */
    List<Department> pageAfter(Collection<Long> ids, String namePattern, String divisionCode, long id, int limit);

    /** As {@link #pageAfter}, the rows before ({@code divisionCode}, {@code id}), nearest first. */
    List<Department> pageBefore(Collection<Long> ids, String namePattern, String divisionCode, long id, int limit);

    long countMatching(Collection<Long> ids, String namePattern);

    boolean existsByLocationDivisionCodeAndName(String divisionCode, String name);

    /** Whether another department than {@code id} of that division already bears the name. */
    boolean existsByLocationDivisionCodeAndNameAndIdNot(String divisionCode, String name, Long id);

    Department save(Department department);
}
