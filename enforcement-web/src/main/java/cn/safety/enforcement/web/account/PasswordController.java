package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.AccountService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "account/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") PasswordForm form,
                  BindingResult result, RedirectAttributes redirect) {
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
            return "account/password";
        }
        try {
            accounts.changeOwnPassword(user.actor(), form.getCurrentPassword(), form.getNewPassword());
        } catch (RuleViolation v) {
            FormErrors.apply(v, result);
            return "account/password";
        }
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/";
    }
}
