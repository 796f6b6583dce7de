package cn.safety.enforcement.persistence.hazard;

import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.SupervisedHazards;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/**
 * The 挂牌督办 queue: the condition is the predicate of the partial indexes {@code hazard_supervision_queue_idx}
 * (department, id) and {@code hazard_supervision_recent_idx} (id, department) word for word, so that the planner may
 * use either: a few departments seek by department, a province's many walk the newest ids.
 */
interface SupervisedHazardRepository extends Repository<Hazard, Long>, SupervisedHazards {

    @Override
    default List<Hazard> pageQueue(Scope below, Long afterId, int limit) {
        if (below.departmentIds().isEmpty()) {
            return List.of();
        }
        return queue(below.departmentIds(), afterId == null ? Long.MAX_VALUE : afterId, limit);
    }

    @Query(nativeQuery = true, value = """
            SELECT h.* FROM hazard h
            WHERE h.department_id IN (:departments) AND h.id < :after
              AND ((status <> 'CLOSED' AND (grade = 'MAJOR' OR overdue))
                   OR (supervised_by_department_id IS NOT NULL AND supervision_lifted_at IS NULL))
            ORDER BY h.id DESC LIMIT :limit""")
    List<Hazard> queue(@Param("departments") Collection<Long> departments, @Param("after") long after,
                       @Param("limit") int limit);
}
