package cn.safety.enforcement.persistence.hazard;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.Hazards;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.jurisdiction.ScopedSpecifications;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/**
 * The hazards, newest first by id: every list is {@code department_id IN (scope) … ORDER BY id DESC LIMIT n} over
 * {@code hazard_department_idx} (or the enterprise's {@code hazard_enterprise_idx}), each filter backed by an index of
 * its own (state, grade, overdue, the open deadlines).
 */
interface HazardRepository extends JpaRepository<Hazard, Long>, JpaSpecificationExecutor<Hazard>, Hazards {

    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("id"));

    /** Flushed at once: a second hazard for one failed item of an inspection meets the partial unique key. */
    @Override
    default Hazard add(Hazard hazard) {
        try {
            return saveAndFlush(hazard);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("checklistItemId", "hazard.checklistItem.alreadyRecorded");
        }
    }

    @Override
    default List<Hazard> page(Scope scope, HazardFilter filter, Long afterId, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return findBy(ScopedSpecifications.<Hazard>within(scope).and(filtered(filter, afterId)),
                q -> q.sortBy(NEWEST_FIRST).limit(limit).all());
    }

    @Override
    default List<Hazard> pageOfEnterprise(long enterpriseId, HazardFilter filter, Long afterId, int limit) {
        Specification<Hazard> own = (root, q, cb) -> cb.equal(root.get("enterpriseId"), enterpriseId);
        return findBy(own.and(filtered(filter, afterId)), q -> q.sortBy(NEWEST_FIRST).limit(limit).all());
    }

    private static Specification<Hazard> filtered(HazardFilter f, Long afterId) {
        Specification<Hazard> spec = (root, q, cb) -> cb.conjunction();
        if (f.state() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), f.state()));
        }
        if (f.grade() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("grade"), f.grade()));
        }
        if (f.overdue() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("overdue"), f.overdue()));
        }
        if (f.enterpriseId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("enterpriseId"), f.enterpriseId()));
        }
        if (f.departmentId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("departmentId"), f.departmentId()));
        }
        if (f.dueFrom() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("dueOn"), f.dueFrom()));
        }
        if (f.dueTo() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("dueOn"), f.dueTo()));
        }
        if (f.sector() != null) {
            spec = spec.and((root, q, cb) -> {
                var sub = q.subquery(Long.class);
                var e = sub.from(cn.safety.enforcement.domain.enterprise.Enterprise.class);
                sub.select(e.get("id")).where(cb.equal(e.get("sector"), f.sector()));
                return root.get("enterpriseId").in(sub);
            });
        }
        if (afterId != null) {
            spec = spec.and((root, q, cb) -> cb.lessThan(root.get("id"), afterId));
        }
        return spec;
    }

    @Override
    @Query("select new cn.safety.enforcement.domain.hazard.Hazards$NameOf(e.id, e.name)"
            + " from Enterprise e where e.id in :ids")
    List<NameOf> enterpriseNames(@Param("ids") Collection<Long> enterpriseIds);
}
