package cn.safety.enforcement.persistence.accident;

import cn.safety.enforcement.domain.accident.DutyFinding;
import cn.safety.enforcement.domain.accident.DutyFindings;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface DutyFindingRepository extends JpaRepository<DutyFinding, Long>, DutyFindings {

    @Override
    @Query("select d from DutyFinding d where d.enterpriseId = :enterpriseId order by d.foundOn desc, d.id desc")
    List<DutyFinding> ofEnterprise(@Param("enterpriseId") long enterpriseId);
}
