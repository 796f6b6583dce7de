package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.OpeningEnterpriseAccount;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Tag(name = "enterprise accounts", description = "企业账号 (000§(八) 企业自查自报自改): the account with which an"
        + " enterprise reports its own hazards and answers orders, opened by its department")
class EnterpriseAccountApi {

    private final OpeningEnterpriseAccount opening;

    EnterpriseAccountApi(OpeningEnterpriseAccount opening) {
        this.opening = opening;
    }

    /** What opening an enterprise's account takes: a sign-in name, a name and the first password. */
    record EnterpriseAccountRequest(String username, String fullName, String password) {
    }

    /** An enterprise's account as opened: never its password. */
    record EnterpriseAccountView(long id, String username, String fullName, long enterpriseId, long departmentId,
                                 List<String> roles, boolean enabled) {

        static EnterpriseAccountView of(UserAccount a) {
            return new EnterpriseAccountView(a.getId(), a.getUsername(), a.getFullName(), a.getEnterpriseId(),
                    a.getDepartmentId(), a.getRoles().stream().map(Enum::name).sorted().toList(), a.isEnabled());
        }
    }

    @PostMapping("/api/v1/enterprises/{id}/accounts")
    @Operation(summary = "Open the account of an enterprise (role ENTERPRISE, bound to it), as an admin of the"
            + " department the enterprise is assigned to",
            description = "The account reads only its enterprise's own records and acts only as the enterprise. It is"
                    + " kept on the users pages like any other (lock, reset, disable). The password follows the"
                    + " password rules. 404 for an enterprise outside the caller's scope; 403 for a caller who is not"
                    + " an admin, or an admin of a department above the enterprise's own (it reads, it does not open"
                    + " accounts for it); 400 on the fields.")
    @ApiResponse(responseCode = "201", description = "the account as opened")
    ResponseEntity<EnterpriseAccountView> open(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                               @RequestBody EnterpriseAccountRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        UserAccount a = opening.open(user.actor(), id, request.username(), request.fullName(), request.password());
        return ResponseEntity.created(URI.create("/admin/users/" + a.getId())).body(EnterpriseAccountView.of(a));
    }
}
