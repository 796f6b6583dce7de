package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "enterprises")
class EnterpriseExportApi {

    private final EnterpriseExportFiles files;

    EnterpriseExportApi(EnterpriseExportFiles files) {
        this.files = files;
    }

    @GetMapping("/export.csv")
    @Operation(summary = "Every enterprise of the list as CSV, streamed, without a row limit",
            description = "The list's filters and scope. UTF-8 with a byte-order mark; the columns of the .xlsx export,"
                    + " which the bulk import reads back.")
    void csv(@AuthenticationPrincipal EnforcementUser user,
             @RequestParam(required = false) String q,
             @RequestParam(required = false) String divisionCode,
             @RequestParam(required = false) @Parameter(description = EnterpriseApi.SECTOR_DOC) String sector,
             @RequestParam(required = false) Feature feature,
             @RequestParam(required = false) RiskGrade riskGrade,
             @RequestParam(required = false) Long departmentId,
             HttpServletResponse response) throws IOException {
        files.csv(user.actor(), ApiListFilter.of(q, divisionCode, sector, riskGrade, departmentId, feature), response);
    }
}
