package cn.safety.enforcement.web.audit;

import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.AuditService;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

    static final int PAGE_SIZE = 50;

    private final AuditService audit;

    AuditAdminController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping
    String latest(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Long before,
                  Model model) {
        List<AuditEntry> entries = audit.latest(user.actor(), before, PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("mayVerify", audit.mayVerify(user.actor()));
        model.addAttribute("older", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).id() : null);
        return "admin/audit";
    }

    @PostMapping("/verify")
    String verify(@AuthenticationPrincipal EnforcementUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", audit.verify(user.actor()));
        return "redirect:/admin/audit";
    }
}
