package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.web.security.EnforcementUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.io.IOException;

/**
 * The list as a file, with the list's filters and within the user's scope: .xlsx up to the configured number of rows,
 * CSV for any number.
 */
@Controller
class EnterpriseExportController {

    private final EnterpriseExportFiles files;

    EnterpriseExportController(EnterpriseExportFiles files) {
        this.files = files;
    }

    @GetMapping("/enterprises/export.xlsx")
    void xlsx(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("search") ListForm search,
              BindingResult ignoredInvalidFilters, HttpServletResponse response) throws IOException {
        files.xlsx(user.actor(), search.toFilter(), response);
    }

    @GetMapping("/enterprises/export.csv")
    void csv(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("search") ListForm search,
             BindingResult ignoredInvalidFilters, HttpServletResponse response) throws IOException {
        files.csv(user.actor(), search.toFilter(), response);
    }
}
