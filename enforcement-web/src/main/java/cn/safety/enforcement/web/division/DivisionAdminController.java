package cn.safety.enforcement.web.division;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.DivisionService;
import cn.safety.enforcement.domain.division.DivisionBranch;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** 行政区划 admin: browse the admin's own area level by level, add, rename, retire and reinstate. */
@Controller
@RequestMapping("/admin/divisions")
class DivisionAdminController {

    private final DivisionService divisions;
    private final DivisionMapper mapper;

    DivisionAdminController(DivisionService divisions, DivisionMapper mapper) {
        this.divisions = divisions;
        this.mapper = mapper;
    }

    @GetMapping
    String browse(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) String parent,
                  Model model) {
        DivisionBranch branch = divisions.browse(user.actor(), parent);
        model.addAttribute("current", mapper.toView(branch.current()));
        model.addAttribute("trail", mapper.toViews(branch.trail()));
        model.addAttribute("children", mapper.toViews(branch.children()));
        String code = branch.current().getCode();
        if (!model.containsAttribute("form")) {
            DivisionForm form = new DivisionForm();
            form.setParentCode(code);
            model.addAttribute("form", form);
        }
        return "admin/divisions";
    }

    @PostMapping
    String add(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") DivisionForm form,
               RedirectAttributes redirect) {
        try {
            divisions.establish(user.actor(), form.getCode(), form.getName(), form.getParentCode());
            redirect.addFlashAttribute("flash", "admin.divisions.saved");
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("problems", v.problems());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/admin/divisions?parent=" + safe(form.getParentCode());
    }

    @PostMapping("/{code}/rename")
    String rename(@AuthenticationPrincipal EnforcementUser user, @PathVariable String code,
                  @ModelAttribute DivisionForm form, RedirectAttributes redirect) {
        return change(redirect, code, () -> divisions.rename(user.actor(), code, version(form), form.getName()));
    }

    /**
     * 撤销 asks first: the page names the division, says what retiring does, and takes the reason; nothing changes until
     * the admin confirms there.
     */
    @GetMapping("/{code}/retire")
    String confirmRetire(@AuthenticationPrincipal EnforcementUser user, @PathVariable String code, Model model) {
        Division d = divisions.toAdminister(user.actor(), code);
        DivisionForm form = new DivisionForm();
        form.setVersion(d.getVersion());
        return retireView(d, form, model);
    }

    @PostMapping("/{code}/retire")
    String retire(@AuthenticationPrincipal EnforcementUser user, @PathVariable String code,
                  @ModelAttribute("form") DivisionForm form, Model model, RedirectAttributes redirect) {
        try {
            Division d = divisions.retire(user.actor(), code, version(form), form.getReason());
            redirect.addFlashAttribute("flash", "admin.divisions.retired.named");
            redirect.addFlashAttribute("flashArgs", new Object[] {d.getName(), d.getCode()});
            return "redirect:/admin/divisions?parent=" + safe(d.getParentCode() == null ? d.getCode() : d.getParentCode());
        } catch (RuleViolation v) {
            model.addAttribute("problems", v.problems());
        } catch (StaleVersion stale) {
            model.addAttribute("problems", List.of(new RuleViolation.Problem(null, "error.stale")));
        }
        return retireView(divisions.toAdminister(user.actor(), code), form, model);
    }

    private String retireView(Division d, DivisionForm form, Model model) {
        model.addAttribute("division", mapper.toView(d));
        model.addAttribute("form", form);
        return "admin/division-retire";
    }

    @PostMapping("/{code}/reinstate")
    String reinstate(@AuthenticationPrincipal EnforcementUser user, @PathVariable String code,
                     @ModelAttribute DivisionForm form, RedirectAttributes redirect) {
        return change(redirect, code, () -> divisions.reinstate(user.actor(), code, version(form)));
    }

    private String change(RedirectAttributes redirect, String code, java.util.function.Supplier<Division> action) {
        Division d;
        try {
            d = action.get();
            redirect.addFlashAttribute("flash", "admin.divisions.saved");
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("problems", v.problems());
            d = divisions.get(code);
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("problems", List.of(new RuleViolation.Problem(null, "error.stale")));
            d = divisions.get(code);
        }
        return "redirect:/admin/divisions?parent=" + safe(d.getParentCode() == null ? d.getCode() : d.getParentCode());
    }

    private static long version(DivisionForm form) {
        return form.getVersion() == null ? -1 : form.getVersion();
    }

    private static String safe(String code) {
        return code != null && code.matches("\\d{6}") ? code : "";
    }
}
