package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.util.List;
import java.util.Optional;

/** Port: where plans are kept. */
public interface Plans {

    Optional<Plan> findById(Long id);

    Plan save(Plan plan);

    /**
     * Stores a new plan (or version) at once, so that a second one for the same department and year made meanwhile is
     * refused with {@link cn.safety.enforcement.domain.Conflict} {@code plan.exists} rather than a database error.
     */
    Plan add(Plan plan);

    /** The plans (every version) of the departments in scope, optionally of one year, newest first after an id. */
    List<Plan> page(Scope scope, Integer year, Long afterId, int limit);

    /** The version in force or in the making that a department's inspectors work from: approved, else the newest. */
    Optional<Plan> current(long departmentId, int year);
}
