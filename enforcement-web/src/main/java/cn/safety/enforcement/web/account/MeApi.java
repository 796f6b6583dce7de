package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.web.department.DepartmentMapper;
import cn.safety.enforcement.web.department.DepartmentView;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "me", description = "The caller's own account")
class MeApi {

    private final DepartmentService departments;
    private final DepartmentMapper mapper;

    MeApi(DepartmentService departments, DepartmentMapper mapper) {
        this.departments = departments;
        this.mapper = mapper;
    }

    record Me(String username, List<String> roles, DepartmentView department) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the caller is: username, roles and department")
    Me me(@AuthenticationPrincipal EnforcementUser user) {
        return new Me(user.getUsername(), user.roleNames(),
                mapper.toView(departments.get(user.actor(), user.actor().departmentId())));
    }
}
