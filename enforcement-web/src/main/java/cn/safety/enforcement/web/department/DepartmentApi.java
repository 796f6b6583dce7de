package cn.safety.enforcement.web.department;

import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "departments", description = "执法主体: enforcement departments")
class DepartmentApi {

    private final DepartmentService departments;
    private final DepartmentMapper mapper;

    DepartmentApi(DepartmentService departments, DepartmentMapper mapper) {
        this.departments = departments;
        this.mapper = mapper;
    }

    @GetMapping("/api/v1/departments")
    @Operation(summary = "The departments the caller can see: their own, and for supervisors and admins those below")
    List<DepartmentView> visible(@AuthenticationPrincipal EnforcementUser user) {
        return mapper.toViews(departments.visibleTo(user.actor()));
    }
}
