package cn.safety.enforcement.persistence.inspection;

import cn.safety.enforcement.domain.inspection.Expert;
import cn.safety.enforcement.domain.inspection.Experts;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface ExpertRepository extends JpaRepository<Expert, Long>, Experts {

    @Override
    @Query("select e from Expert e where e.departmentId = :departmentId order by e.active desc, e.name, e.id")
    List<Expert> ofDepartment(@Param("departmentId") long departmentId);

    @Override
    @Query("select e from Expert e where e.departmentId in :departmentIds and e.active = true order by e.name, e.id")
    List<Expert> activeOf(@Param("departmentIds") Collection<Long> departmentIds);
}
