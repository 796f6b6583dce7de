package cn.safety.enforcement.persistence.plan;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanStatus;
import cn.safety.enforcement.domain.plan.Plans;
import cn.safety.enforcement.persistence.jurisdiction.ScopedSpecifications;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

interface PlanRepository extends JpaRepository<Plan, Long>, JpaSpecificationExecutor<Plan>, Plans {

    /**
     * Flushed at once: two first versions for the same department and year (or two open revisions) made at the same
     * time meet the unique keys, and the later one is told so instead of failing at commit.
     */
    @Override
    default Plan add(Plan plan) {
        try {
            return saveAndFlush(plan);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("year", "plan.exists", String.valueOf(plan.getYear()));
        }
    }

    @Override
    default List<Plan> page(Scope scope, Integer year, Long afterId, int limit) {
        if (scope.departmentIds().isEmpty()) {
            return List.of();
        }
        Specification<Plan> spec = ScopedSpecifications.within(scope);
        if (year != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("year"), year));
        }
        if (afterId != null) {
            spec = spec.and((root, q, cb) -> cb.lessThan(root.get("id"), afterId));
        }
        return findBy(spec, q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit).all());
    }

    @Override
    default Optional<Plan> current(long departmentId, int year) {
        return findNotSuperseded(departmentId, year).stream()
                .min(Comparator.comparing((Plan p) -> p.getStatus() != PlanStatus.APPROVED)
                        .thenComparing(Plan::getRevision, Comparator.reverseOrder()));
    }

    @Query("select p from Plan p where p.departmentId = :department and p.year = :year"
            + " and p.status <> cn.safety.enforcement.domain.plan.PlanStatus.SUPERSEDED")
    List<Plan> findNotSuperseded(@Param("department") long departmentId, @Param("year") int year);
}
