package cn.safety.enforcement.web.audit;

import cn.safety.enforcement.domain.audit.AuditPage;
import cn.safety.enforcement.domain.audit.AuditService;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.web.security.EnforcementUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;

/** The record of the admin's area: filtered, a page at a time both ways, and as an .xlsx of the filtered entries. */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

    static final int PAGE_SIZE = 50;
    /** The types of object the record names, in the order of the filter's choices. */
    static final List<String> TYPES = List.of("Enterprise", "Department", "Division", "Township", "UserAccount",
            "ApiToken", "Accident", "DutyFinding", "Plan", "PlanItem", "Draw", "Recusal", "Inspection", "Expert",
            "Evidence", "IssuedDocument", "DocumentNumbering",
            "Checklist", "Hazard");

    private final AuditService audit;
    private final DepartmentService departments;
    private final AuditChanges changes;
    private final AuditSheet sheet;

    AuditAdminController(AuditService audit, DepartmentService departments, AuditChanges changes, AuditSheet sheet) {
        this.audit = audit;
        this.departments = departments;
        this.changes = changes;
        this.sheet = sheet;
    }

    @GetMapping
    String latest(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("search") AuditForm search,
                  BindingResult invalidFilters, Model model) {
        AuditPage page = audit.page(user.actor(), search.toFilter(), search.getBefore(), search.getAfter(), PAGE_SIZE);
        model.addAttribute("rows", changes.rows(page.entries(), page.names()));
        model.addAttribute("older", page.older());
        model.addAttribute("newer", page.newer());
        model.addAttribute("types", TYPES);
        model.addAttribute("departments", departments.visibleTo(user.actor()));
        model.addAttribute("mayVerify", audit.mayVerify(user.actor()));
        return "admin/audit";
    }

    @GetMapping("/export.xlsx")
    void xlsx(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("search") AuditForm search,
              BindingResult ignoredInvalidFilters, HttpServletResponse response) throws IOException {
        sheet.write(audit.export(user.actor(), search.toFilter()), response);
    }

    @PostMapping("/verify")
    String verify(@AuthenticationPrincipal EnforcementUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", audit.verify(user.actor()));
        return "redirect:/admin/audit";
    }
}
