package cn.safety.enforcement.persistence.accident;

import cn.safety.enforcement.domain.accident.Accident;
import cn.safety.enforcement.domain.accident.Accidents;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.jurisdiction.ScopedSpecifications;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface AccidentRepository extends JpaRepository<Accident, Long>, JpaSpecificationExecutor<Accident>, Accidents {

    @Override
    @Query("select a from Accident a where a.enterpriseId = :enterpriseId order by a.occurredAt desc, a.id desc")
    List<Accident> ofEnterprise(@Param("enterpriseId") long enterpriseId);

    @Override
    default List<Accident> page(Scope scope, Long afterId, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return findBy(ofEnterprisesWithin(scope).and(below(afterId)),
                q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit).all());
    }

    /**
     * The accidents of the enterprises the scope holds now: the one scope filter applied to the enterprise, so that an
     * enterprise moved to another department takes its accidents with it.
     */
    private static Specification<Accident> ofEnterprisesWithin(Scope scope) {
        return (root, query, cb) -> {
            Subquery<Long> held = query.subquery(Long.class);
            Root<Enterprise> e = held.from(Enterprise.class);
            held.select(e.get("id")).where(ScopedSpecifications.<Enterprise>within(scope).toPredicate(e, query, cb));
            return root.get("enterpriseId").in(held);
        };
    }

    private static Specification<Accident> below(Long afterId) {
        return (root, query, cb) -> afterId == null ? cb.conjunction() : cb.lt(root.get("id"), afterId);
    }
}
