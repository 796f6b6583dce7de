package cn.safety.enforcement.web.department;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.department.FindingDepartments;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.DivisionService;
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
import java.util.Map;
import java.util.stream.Collectors;

/** 执法主体 admin: the departments of the admin's area, add one, rename one. */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private final DepartmentService departments;
    private final DivisionService divisions;
    private final DepartmentMapper mapper;
    private final FindingDepartments finding;

    static final int PAGE_SIZE = 50;

    DepartmentAdminController(DepartmentService departments, DivisionService divisions, DepartmentMapper mapper,
                              FindingDepartments finding) {
        this.finding = finding;
        this.departments = departments;
        this.divisions = divisions;
        this.mapper = mapper;
    }

    @GetMapping
    String list(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String divisionCode, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, Model model) {
        FindingDepartments.Page page = finding.find(user.actor(), new FindingDepartments.Query(q, divisionCode),
                after, before, PAGE_SIZE);
        List<Division> area = divisions.withinAreaOf(user.actor());
        Map<String, String> divisionNames = area.stream()
                .collect(Collectors.toMap(Division::getCode, Division::getName, (a, b) -> a));
        model.addAttribute("departments", mapper.toRows(page.items()));
        model.addAttribute("page", page);
        model.addAttribute("q", q);
        model.addAttribute("divisionCode", divisionCode);
        model.addAttribute("divisionNames", divisionNames);
        model.addAttribute("divisions", area.stream().map(d -> new DivisionChoice(d.getCode(), d.getName())).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DepartmentForm());
        }
        return "admin/departments";
    }

    /** A division offered in the "new department" form. */
    public record DivisionChoice(String code, String name) {
    }

    @PostMapping
    String add(@AuthenticationPrincipal EnforcementUser user, @ModelAttribute("form") DepartmentForm form,
               RedirectAttributes redirect) {
        try {
            departments.establish(user.actor(), form.getName(), form.getDivisionCode());
            redirect.addFlashAttribute("flash", "admin.departments.saved");
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("problems", v.problems());
            redirect.addFlashAttribute("form", form);
        } catch (org.springframework.dao.DataIntegrityViolationException duplicate) {
            redirect.addFlashAttribute("problems",
                    List.of(new RuleViolation.Problem("name", "department.name.duplicate")));
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/admin/departments";
    }

    @PostMapping("/{id}/rename")
    String rename(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @ModelAttribute DepartmentForm form, RedirectAttributes redirect) {
        try {
            departments.rename(user.actor(), id, form.getVersion() == null ? -1 : form.getVersion(), form.getName());
            redirect.addFlashAttribute("flash", "admin.departments.saved");
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("problems", v.problems());
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("problems", List.of(new RuleViolation.Problem(null, "error.stale")));
        }
        return "redirect:/admin/departments";
    }
}
