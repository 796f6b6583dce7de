package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.ReadingOwnEnterprise;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.web.department.DepartmentMapper;
import cn.safety.enforcement.web.department.DepartmentView;
import cn.safety.enforcement.web.security.EnforcementUser;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
    private final ReadingOwnEnterprise ownEnterprise;

    MeApi(DepartmentService departments, DepartmentMapper mapper, ReadingOwnEnterprise ownEnterprise) {
        this.departments = departments;
        this.mapper = mapper;
        this.ownEnterprise = ownEnterprise;
    }

    /** The enterprise an enterprise's account (企业账号) is bound to. */
    record OwnEnterprise(long id, String name, String creditCode) {
    }

    record Me(String username, List<String> roles, DepartmentView department,
              @Schema(description = "the enterprise of an enterprise's account (role ENTERPRISE); absent for staff",
                      requiredMode = Schema.RequiredMode.NOT_REQUIRED)
              @JsonInclude(JsonInclude.Include.NON_NULL) OwnEnterprise enterprise) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the caller is: username, roles and department, and for an enterprise's account its"
            + " enterprise")
    Me me(@AuthenticationPrincipal EnforcementUser user) {
        Actor actor = user.actor();
        if (actor.isEnterprise()) {
            Enterprise e = ownEnterprise.of(actor);
            // the department that opened the account and answers for it; the enterprise reads nothing else of it
            DepartmentView department = departments.byIds(List.of(actor.departmentId())).stream().findFirst()
                    .map(mapper::toView).orElse(null);
            return new Me(user.getUsername(), user.roleNames(), department,
                    new OwnEnterprise(e.getId(), e.getName(), e.getCreditCode()));
        }
        return new Me(user.getUsername(), user.roleNames(), mapper.toView(departments.get(actor, actor.departmentId())),
                null);
    }
}
