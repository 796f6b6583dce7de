package cn.safety.enforcement.persistence.department;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Location;

import java.util.List;

/** Fragment of {@link DepartmentRepository}: the departments within a division, kept for a short time. */
interface DepartmentsWithin {

    List<Department> findWithin(Location root);
}
