package cn.safety.enforcement.persistence.jurisdiction;

import cn.safety.enforcement.domain.jurisdiction.Entrustment;
import cn.safety.enforcement.domain.jurisdiction.Entrustments;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

interface EntrustmentRepository extends JpaRepository<Entrustment, Long>, JpaSpecificationExecutor<Entrustment>,
        Entrustments {

    @Override
    @Query("""
            select e from Entrustment e where e.organisationId = :organisationId
            and e.validFrom <= :day and e.validUntil >= :day and (e.endedOn is null or e.endedOn > :day)""")
    List<Entrustment> inForceFor(@Param("organisationId") long organisationId, @Param("day") LocalDate day);

    @Override
    default List<Entrustment> list(Scope scope, long organisationId) {
        return findAll(ScopedSpecifications.<Entrustment>within(scope)
                        .or((root, query, cb) -> cb.equal(root.get("organisationId"), organisationId)),
                Sort.by(Sort.Direction.DESC, "id"));
    }
}
