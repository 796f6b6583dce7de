package cn.safety.enforcement.persistence.department;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.division.Location;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface DepartmentRepository extends JpaRepository<Department, Long>, Departments {

    @Override
    default List<Department> findWithin(Location root) {
        return findWithinCode(root.divisionCode());
    }

    @Query("""
            select d from Department d
            where d.location.divisionCode = :root or d.location.cityCode = :root or d.location.provinceCode = :root
            order by d.location.divisionCode, d.id""")
    List<Department> findWithinCode(@Param("root") String root);

    @Override
    @Query("select d from Department d where d.location.divisionCode in :codes order by d.location.divisionCode, d.id")
    List<Department> findByDivisionCodes(@Param("codes") Collection<String> divisionCodes);
}
