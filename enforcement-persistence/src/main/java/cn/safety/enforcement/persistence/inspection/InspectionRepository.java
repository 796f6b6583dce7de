package cn.safety.enforcement.persistence.inspection;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.InspectionStatus;
import cn.safety.enforcement.domain.inspection.InspectorOnDuty;
import cn.safety.enforcement.domain.inspection.Inspections;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.jurisdiction.ScopedSpecifications;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface InspectionRepository extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection>,
        Inspections, InspectionPages {

    /** Flushed at once: a second open inspection of the enterprise by the department meets the partial unique key. */
    @Override
    default Inspection add(Inspection inspection) {
        try {
            return saveAndFlush(inspection);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("enterpriseId", "inspection.alreadyOpen");
        }
    }

    @Override
    @Query("select i from Inspection i where i.departmentId = :departmentId and i.enterpriseId = :enterpriseId"
            + " and i.status in (cn.safety.enforcement.domain.inspection.InspectionStatus.AWAITING_APPROVAL,"
            + " cn.safety.enforcement.domain.inspection.InspectionStatus.IN_PROGRESS)")
    Optional<Inspection> openOf(@Param("departmentId") long departmentId, @Param("enterpriseId") long enterpriseId);

    @Override
    default List<Inspection> awaitingApproval(Scope scope, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Specification<Inspection> spec = ScopedSpecifications.<Inspection>within(scope)
                .and((root, q, cb) -> cb.and(cb.isNull(root.get("approvedAt")), cb.isNotNull(root.get("trigger")),
                        root.get("status").in(InspectionStatus.AWAITING_APPROVAL, InspectionStatus.IN_PROGRESS)));
        return findBy(spec, q -> q.sortBy(Sort.by("startedAt", "id")).limit(limit).all());
    }

    /** The inspector's rows found through {@code inspection_inspector_username_idx}, each checked for its scope. */
    @Override
    default List<Inspection> inProgressWith(Scope scope, String username, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Specification<Inspection> spec = ScopedSpecifications.<Inspection>within(scope)
                .and((root, q, cb) -> {
                    Subquery<Long> named = q.subquery(Long.class);
                    Root<Inspection> i = named.from(Inspection.class);
                    Join<Inspection, InspectorOnDuty> inspector = i.join("inspectors");
                    named.select(i.get("id")).where(cb.equal(i.get("id"), root.get("id")),
                            cb.equal(inspector.get("username"), username));
                    return cb.and(cb.equal(root.get("status"), InspectionStatus.IN_PROGRESS), cb.exists(named));
                });
        return findBy(spec, q -> q.sortBy(Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("id")))
                .limit(limit).all());
    }

    @Override
    @Query("select new cn.safety.enforcement.domain.inspection.Inspections$NameOf(e.id, e.name)"
            + " from Enterprise e where e.id in :ids")
    List<NameOf> enterpriseNames(@Param("ids") java.util.Collection<Long> enterpriseIds);

    @Override
    @Query("select count(i) from Inspection i where i.enterpriseId = :enterpriseId and i.startedAt >= :from"
            + " and i.startedAt < :to and i.status <> cn.safety.enforcement.domain.inspection.InspectionStatus.REFUSED")
    long countOfEnterprise(@Param("enterpriseId") long enterpriseId, @Param("from") Instant from,
                           @Param("to") Instant to);
}
