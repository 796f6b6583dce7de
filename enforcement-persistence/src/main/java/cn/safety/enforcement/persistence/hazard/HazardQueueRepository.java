package cn.safety.enforcement.persistence.hazard;

import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardQueues;
import cn.safety.enforcement.domain.hazard.HazardStatus;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.jurisdiction.ScopedSpecifications;
import jakarta.persistence.criteria.JoinType;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The queues of the start page, scope first: the open deadlines over {@code hazard_department_due_idx} and
 * {@code hazard_recheck_due_idx}, the decisions waiting over {@code hazard_extension_pending_idx} and
 * {@code hazard_grade_change_idx}, the major or overdue hazards below over {@code hazard_department_open_major_idx}.
 */
interface HazardQueueRepository extends Repository<Hazard, Long>, JpaSpecificationExecutor<Hazard>, HazardQueues {

    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("id"));

    private static Specification<Hazard> open() {
        return (root, q, cb) -> cb.notEqual(root.get("status"), HazardStatus.CLOSED);
    }

    @Override
    default List<Hazard> deadlinesBy(Scope scope, LocalDate until, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        // two statements, each soonest first over its own index, merged: the enterprises' deadlines and the re-checks
        Specification<Hazard> orders = (root, q, cb) -> cb.and(
                root.get("status").in(HazardStatus.ORDERED, HazardStatus.RECTIFYING),
                cb.lessThanOrEqualTo(root.get("dueOn"), until));
        Specification<Hazard> rechecks = (root, q, cb) -> cb.and(
                root.get("status").in(HazardStatus.REPORTED, HazardStatus.ACCEPTANCE_REPORTED),
                cb.lessThanOrEqualTo(root.get("recheckDueOn"), until));
        List<Hazard> ordered = findBy(ScopedSpecifications.<Hazard>within(scope).and(open()).and(orders),
                q -> q.sortBy(Sort.by("dueOn", "id")).limit(limit).all());
        List<Hazard> reported = findBy(ScopedSpecifications.<Hazard>within(scope).and(open()).and(rechecks),
                q -> q.sortBy(Sort.by("recheckDueOn", "id")).limit(limit).all());
        return Stream.concat(ordered.stream(), reported.stream())
                .sorted(Comparator.comparing((Hazard h) -> h.getStatus().underOrder()
                        ? h.getDueOn() : h.getRecheckDueOn()).thenComparing(Hazard::getId))
                .limit(limit).toList();
    }

    @Override
    default List<Hazard> awaitingDecision(Scope scope, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Specification<Hazard> waiting = (root, q, cb) -> {
            var sub = q.subquery(Long.class);
            var h = sub.from(Hazard.class);
            var ext = h.join("extensions", JoinType.INNER);
            sub.select(h.get("id")).where(cb.isNull(ext.get("decision")));
            return cb.or(cb.isNotNull(root.get("gradeChangeTo")), root.get("id").in(sub));
        };
        return findBy(ScopedSpecifications.<Hazard>within(scope).and(open()).and(waiting),
                q -> q.sortBy(NEWEST_FIRST).limit(limit).all());
    }

    @Override
    default List<Hazard> majorOrOverdueBelow(Scope scope, long ownDepartmentId, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Specification<Hazard> below = (root, q, cb) -> cb.and(cb.notEqual(root.get("departmentId"), ownDepartmentId),
                cb.isNull(root.get("supervisedByDepartmentId")),
                cb.or(cb.equal(root.get("grade"), HazardGrade.MAJOR), cb.isTrue(root.get("overdue"))));
        return findBy(ScopedSpecifications.<Hazard>within(scope).and(open()).and(below),
                q -> q.sortBy(NEWEST_FIRST).limit(limit).all());
    }

    @Override
    default List<Hazard> openOfEnterprise(long enterpriseId, int limit) {
        Specification<Hazard> own = (root, q, cb) -> cb.equal(root.get("enterpriseId"), enterpriseId);
        return findBy(own.and(open()), q -> q.sortBy(NEWEST_FIRST).limit(limit).all());
    }
}
