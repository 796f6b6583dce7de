package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

interface EnterpriseRepository extends JpaRepository<Enterprise, Long>, JpaSpecificationExecutor<Enterprise>,
        Enterprises {

    @Override
    default List<Enterprise> page(Scope scope, EnterpriseFilter filter, Long afterId, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return findBy(EnterpriseSpecifications.matching(scope, filter, afterId),
                q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit).all());
    }

    /** Oldest first, {@code limit} rows with ids above {@code beforeId}: the page before, read backwards. */
    @Override
    default List<Enterprise> pageBefore(Scope scope, EnterpriseFilter filter, long beforeId, int limit) {
        if (scope.departmentIds().isEmpty()) {
            return List.of();
        }
        return findBy(EnterpriseSpecifications.matching(scope, filter, null, beforeId),
                q -> q.sortBy(Sort.by(Sort.Direction.ASC, "id")).limit(limit).all());
    }

    @Override
    default long countKept(Scope scope, Long departmentId, RiskGrade riskGrade) {
        Collection<Long> ids = departmentId == null ? scope.departmentIds()
                : scope.departmentIds().contains(departmentId) ? List.of(departmentId) : List.of();
        if (ids.isEmpty()) {
            return 0;
        }
        return riskGrade == null ? countKeptRows(ids) : countKeptRows(ids, riskGrade.name());
    }

    @Query(value = "SELECT CAST(coalesce(sum(enterprises), 0) AS bigint) FROM enterprise_risk_count"
            + " WHERE department_id IN (:ids)", nativeQuery = true)
    long countKeptRows(@Param("ids") Collection<Long> departmentIds);

    @Query(value = "SELECT CAST(coalesce(sum(enterprises), 0) AS bigint) FROM enterprise_risk_count"
            + " WHERE department_id IN (:ids) AND risk_grade = :grade", nativeQuery = true)
    long countKeptRows(@Param("ids") Collection<Long> departmentIds, @Param("grade") String riskGrade);

    @Override
    default long countMatching(Scope scope, EnterpriseFilter filter) {
        if (scope.isEmpty()) {
            return 0;
        }
        return count(EnterpriseSpecifications.matching(scope, filter, null));
    }

    /** Reads the (n+1)th row of the list, if there is one: an index walk of n entries, not a count of the scope. */
    @Override
    default boolean holdsMoreThan(Scope scope, EnterpriseFilter filter, long n) {
        if (scope.isEmpty()) {
            return false;
        }
        return findBy(EnterpriseSpecifications.matching(scope, filter, null),
                q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).slice(PageRequest.of(Math.toIntExact(n), 1)))
                .hasContent();
    }

    @Override
    default Map<RiskGrade, Long> countByRiskGrade(Scope scope) {
        Map<RiskGrade, Long> counts = new EnumMap<>(RiskGrade.class);
        for (RiskGrade g : RiskGrade.values()) {
            counts.put(g, 0L);
        }
        if (!scope.departmentIds().isEmpty()) {
            for (Object[] row : countGroupedByRiskGradeRows(scope.departmentIds())) {
                counts.put(RiskGrade.valueOf((String) row[0]), ((Number) row[1]).longValue());
            }
        }
        // the parts entrusted to an organisation are a township each: counted from the rows, through the same filter
        for (Scope.Part part : scope.parts()) {
            if (scope.includes(part.departmentId())) {
                continue;
            }
            for (RiskGrade g : RiskGrade.values()) {
                long n = count(EnterpriseSpecifications.matching(new Scope(java.util.Set.of(), java.util.Set.of(part)),
                        new EnterpriseFilter(null, null, null, g, null), null));
                counts.merge(g, n, Long::sum);
            }
        }
        return counts;
    }

    /** From the counts a trigger keeps per department and grade: as fast for a province as for a county. */
    @Query(value = """
            SELECT risk_grade, CAST(sum(enterprises) AS bigint) FROM enterprise_risk_count
            WHERE department_id IN (:ids) GROUP BY risk_grade""", nativeQuery = true)
    List<Object[]> countGroupedByRiskGradeRows(@Param("ids") Collection<Long> departmentIds);

    @Override
    @Query("select e.creditCode from Enterprise e where e.creditCode in :codes")
    List<String> findExistingCreditCodes(@Param("codes") Collection<String> creditCodes);
}
