package cn.safety.enforcement.domain.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the departments' expert pools. */
public interface Experts {

    Optional<Expert> findById(Long id);

    List<Expert> findAllById(Iterable<Long> ids);

    /** The pool of one department, by name, active ones first. */
    List<Expert> ofDepartment(long departmentId);

    /** The active experts of the departments, by name. */
    List<Expert> activeOf(Collection<Long> departmentIds);

    Expert save(Expert expert);
}
