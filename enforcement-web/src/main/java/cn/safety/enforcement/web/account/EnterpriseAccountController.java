package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.OpeningEnterpriseAccount;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.web.error.FormErrors;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 开设企业账号: from an enterprise's page, an admin of the department it is assigned to opens the enterprise's account;
 * it is then kept (locked, reset, disabled) on the users pages like any other.
 */
@Controller
@RequestMapping("/enterprises/{id}/accounts")
class EnterpriseAccountController {

    private final OpeningEnterpriseAccount opening;

    EnterpriseAccountController(OpeningEnterpriseAccount opening) {
        this.opening = opening;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", new EnterpriseAccountForm());
        return formView(model, opening.enterpriseToOpenFor(user.actor(), id));
    }

    @PostMapping
    String open(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                @ModelAttribute("form") EnterpriseAccountForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UserAccount a = opening.open(user.actor(), id, form.getUsername(), form.getFullName(),
                        form.getPassword());
                redirect.addFlashAttribute("flash", "enterpriseAccount.opened");
                redirect.addFlashAttribute("flashArgs", new Object[] {a.getUsername()});
                return "redirect:/enterprises/" + id + "#enterprise-accounts";
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            }
        }
        // only a refused form reads the enterprise again, to be shown with its problems
        return formView(model, opening.enterpriseToOpenFor(user.actor(), id));
    }

    private static String formView(Model model, Enterprise enterprise) {
        model.addAttribute("enterprise", enterprise);
        return "enterprises/account-form";
    }
}
