package cn.safety.enforcement.web.audit;

import cn.safety.enforcement.domain.audit.AuditService;
import cn.safety.enforcement.domain.audit.AuditVerification;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "全过程记录: the hash-chained audit log")
class AuditApi {

    private final AuditService audit;

    AuditApi(AuditService audit) {
        this.audit = audit;
    }

    /**
     * {@code intact} is true when no entry was edited and no link is broken; {@code chain} is the province whose chain
     * was checked (the caller's own), and {@code checked} counts that chain's entries only.
     */
    record Verification(boolean intact, String chain, long checked, java.util.List<AuditVerification.Broken> broken) {
    }

    @GetMapping("/api/v1/audit/verification")
    @Operation(summary = "Recompute the hash chain of the caller's province (province admins): every edited entry and"
            + " every broken link")
    Verification verify(@AuthenticationPrincipal EnforcementUser user) {
        AuditVerification v = audit.verify(user.actor());
        return new Verification(v.intact(), v.chain(), v.checked(), v.broken());
    }
}
