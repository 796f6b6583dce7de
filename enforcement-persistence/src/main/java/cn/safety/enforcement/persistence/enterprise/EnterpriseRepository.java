package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.jurisdiction.Scope;
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
        if (scope.departmentIds().isEmpty()) {
            return List.of();
        }
        return findBy(EnterpriseSpecifications.matching(scope, filter, afterId),
                q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit).all());
    }

    @Override
    default Map<RiskGrade, Long> countByRiskGrade(Scope scope) {
        Map<RiskGrade, Long> counts = new EnumMap<>(RiskGrade.class);
        for (RiskGrade g : RiskGrade.values()) {
            counts.put(g, 0L);
        }
        if (!scope.departmentIds().isEmpty()) {
            for (Object[] row : countGroupedByRiskGrade(scope.departmentIds())) {
                counts.put((RiskGrade) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    @Query("select e.riskGrade, count(e) from Enterprise e where e.departmentId in :ids group by e.riskGrade")
    List<Object[]> countGroupedByRiskGrade(@Param("ids") Collection<Long> departmentIds);

    @Override
    @Query("select e.creditCode from Enterprise e where e.creditCode in :codes")
    List<String> findExistingCreditCodes(@Param("codes") Collection<String> creditCodes);
}
