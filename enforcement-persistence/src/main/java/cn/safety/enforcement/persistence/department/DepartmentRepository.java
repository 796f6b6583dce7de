package cn.safety.enforcement.persistence.department;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/** The departments, with those within a division kept for a short time ({@link DepartmentsWithin}). */
interface DepartmentRepository extends JpaRepository<Department, Long>, Departments, DepartmentsWithin {

    @Override
    @Query("select d from Department d where d.location.divisionCode in :codes order by d.location.divisionCode, d.id")
    List<Department> findByDivisionCodes(@Param("codes") Collection<String> divisionCodes);
}
