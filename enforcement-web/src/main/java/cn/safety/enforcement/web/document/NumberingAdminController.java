package cn.safety.enforcement.web.document;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.document.DocumentNumbering;
import cn.safety.enforcement.domain.document.ReadingDocumentNumbering;
import cn.safety.enforcement.domain.document.SettingDocumentNumbering;
import cn.safety.enforcement.web.error.FormErrors;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 文书编号: an admin sees, per document type, the pattern their department (or one below it) numbers by, the next
 * number it would give this year, and sets the pattern.
 */
@Controller
@RequestMapping("/admin/document-numbering")
class NumberingAdminController {

    private final ReadingDocumentNumbering reading;
    private final SettingDocumentNumbering setting;

    NumberingAdminController(ReadingDocumentNumbering reading, SettingDocumentNumbering setting) {
        this.reading = reading;
        this.setting = setting;
    }

    @GetMapping
    String show(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Long departmentId,
                Model model) {
        model.addAttribute("form", new NumberingForm());
        return view(user, departmentId, null, model);
    }

    @PostMapping
    String set(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") NumberingForm form,
               BindingResult result, Model model, RedirectAttributes redirect) {
        long departmentId = form.getDepartmentId() == null ? user.actor().departmentId() : form.getDepartmentId();
        try {
            DocumentNumbering n = setting.set(user.actor(), departmentId, form.getType(), form.getPattern());
            redirect.addFlashAttribute("flash", "admin.numbering.saved");
            redirect.addFlashAttribute("flashArgs", new Object[] {n.getType().chineseName(), n.getPattern()});
            return "redirect:/admin/document-numbering?departmentId=" + departmentId;
        } catch (RuleViolation v) {
            FormErrors.apply(v, result);
        } catch (StaleVersion stale) {
            FormErrors.stale(result);
        }
        return view(user, departmentId, form.getType(), model);
    }

    private String view(EnforcementUser user, Long departmentId, String failedType, Model model) {
        long id = departmentId == null ? user.actor().departmentId() : departmentId;
        model.addAttribute("departments", reading.departments(user.actor()));
        model.addAttribute("numbering", reading.of(user.actor(), id));
        model.addAttribute("failedType", failedType);
        return "admin/document-numbering";
    }
}
