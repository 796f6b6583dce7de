package cn.safety.enforcement.web.department;

import cn.safety.enforcement.domain.department.Department;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper
public interface DepartmentMapper {

    DepartmentView toView(Department department);

    List<DepartmentView> toViews(List<Department> departments);

    DepartmentRow toRow(Department department);

    List<DepartmentRow> toRows(List<Department> departments);
}
