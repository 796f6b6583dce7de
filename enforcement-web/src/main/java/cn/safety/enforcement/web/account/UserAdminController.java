package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.account.FindingAccounts;
import cn.safety.enforcement.domain.division.DivisionService;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.jurisdiction.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 用户 admin: accounts of the departments in the admin's area. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final int PAGE_SIZE = 50;

    private final AccountService accounts;
    private final DepartmentService departments;
    private final UserMapper mapper;
    private final cn.safety.enforcement.web.department.DepartmentMapper departmentMapper;
    private final FindingAccounts finding;
    private final DivisionService divisions;

    UserAdminController(AccountService accounts, DepartmentService departments, UserMapper mapper,
                        cn.safety.enforcement.web.department.DepartmentMapper departmentMapper,
                        FindingAccounts finding, DivisionService divisions) {
        this.finding = finding;
        this.divisions = divisions;
        this.accounts = accounts;
        this.departments = departments;
        this.mapper = mapper;
        this.departmentMapper = departmentMapper;
    }

    /** The roles of a department's staff: an enterprise's account is opened from the enterprise's page. */
    @ModelAttribute("allRoles")
    Role[] roles() {
        return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.ENTERPRISE).toArray(Role[]::new);
    }

    @GetMapping
    String list(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String divisionCode, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, Model model) {
        FindingAccounts.Page page = finding.find(user.actor(), new FindingAccounts.Query(q, divisionCode),
                cursor(after), cursor(before), PAGE_SIZE);
        List<UserAccount> items = page.items();
        model.addAttribute("users", mapper.toViews(items, accounts.locks(items)));
        model.addAttribute("page", page);
        model.addAttribute("q", q);
        model.addAttribute("divisionCode", divisionCode);
        model.addAttribute("divisions", divisions.withinAreaOf(user.actor()));
        model.addAttribute("departmentNames", departmentNames(user));
        model.addAttribute("enterpriseNames", finding.enterpriseNames(items));
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal EnforcementUser user, Model model) {
        UserForm form = new UserForm();
        form.setDepartmentId(user.actor().departmentId());
        model.addAttribute("form", form);
        return formView(user, model, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") UserForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UserAccount a = accounts.open(user.actor(), form.getUsername(), form.getFullName(),
                        form.getDepartmentId(), form.getRoles(), form.certificate(), form.getPassword());
                redirect.addFlashAttribute("flash", "admin.users.saved");
                return "redirect:/admin/users/" + a.getId();
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            }
        }
        return formView(user, model, null);
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        UserAccount a = accounts.get(user.actor(), id);
        model.addAttribute("form", UserForm.of(a));
        return formView(user, model, a);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.revise(user.actor(), id, form.getVersion() == null ? -1 : form.getVersion(),
                        form.getFullName(), form.getDepartmentId(), form.getRoles(), form.certificate(),
                        form.isEnabled());
                redirect.addFlashAttribute("flash", "admin.users.saved");
                return "redirect:/admin/users/" + id;
            } catch (RuleViolation v) {
                FormErrors.apply(v, result);
            } catch (StaleVersion stale) {
                FormErrors.stale(result);
            }
        }
        // only a refused form reads the account again, to be shown with its problems
        UserAccount current = accounts.get(user.actor(), id);
        form.setUsername(current.getUsername());
        return formView(user, model, current);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                         @RequestParam(required = false) String password, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(user.actor(), id, password);
            redirect.addFlashAttribute("flash", "admin.users.passwordReset");
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("problems", v.problems());
        }
        return "redirect:/admin/users/" + id;
    }

    /** Ends a lock put by failed sign-ins before its time. */
    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(user.actor(), id);
        redirect.addFlashAttribute("flash", "admin.users.unlocked");
        return "redirect:/admin/users/" + id;
    }

    private String formView(EnforcementUser user, Model model, UserAccount existing) {
        model.addAttribute("account", existing == null ? null
                : mapper.toView(existing, accounts.locks(List.of(existing)).get(existing.getId())));
        model.addAttribute("enterpriseNames", existing == null ? Map.of() : finding.enterpriseNames(List.of(existing)));
        model.addAttribute("departments", departmentMapper.toViews(departments.visibleTo(user.actor())));
        return "admin/user-form";
    }

    /** A page cursor from the address bar; anything but a number shows the first page. */
    private static Long cursor(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    private Map<Long, String> departmentNames(EnforcementUser user) {
        return departments.visibleTo(user.actor()).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a));
    }
}
