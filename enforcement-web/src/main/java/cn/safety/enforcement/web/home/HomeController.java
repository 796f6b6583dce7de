package cn.safety.enforcement.web.home;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.ReadingOwnEnterprise;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprisefile.ReadingEnterpriseFile;
import cn.safety.enforcement.web.enterprise.TimelineView;
import cn.safety.enforcement.domain.hazard.HazardToDo;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.web.ApplicationProperties;
import cn.safety.enforcement.domain.inspection.ReadingInspections;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

@Controller
class HomeController {

    private final ReadingEnterprises enterprises;
    private final ReadingOwnEnterprise ownEnterprise;
    private final DepartmentService departments;
    private final ReadingEnterpriseFile timeline;
    private final HazardToDo toDo;
    private final ReadingInspections inspections;
    private final ZoneId zone;
    private final boolean demoMode;

    HomeController(ReadingEnterprises enterprises, ReadingOwnEnterprise ownEnterprise, DepartmentService departments,
                   ReadingEnterpriseFile timeline, HazardToDo toDo, ReadingInspections inspections, Clock clock,
                   ApplicationProperties settings) {
        this.timeline = timeline;
        this.zone = clock.getZone();
        this.toDo = toDo;
        this.inspections = inspections;
        this.enterprises = enterprises;
        this.ownEnterprise = ownEnterprise;
        this.departments = departments;
        this.demoMode = settings.demo().enabled();
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) String before,
                Model model) {
        if (user.isEnterprise()) {
            return enterpriseHome(user, before, model);
        }
        Map<RiskGrade, Long> byGrade = enterprises.countByRiskGrade(user.actor());
        model.addAttribute("riskCounts", byGrade);
        model.addAttribute("total", byGrade.values().stream().mapToLong(Long::longValue).sum());
        toDoList(user, model);
        return "home";
    }

    /**
     * The start page of an enterprise's account (企业账号): its own enterprise as the department registered it, and
     * the department in charge; its orders and hazards are added to this page as they are built.
     */
    private String enterpriseHome(EnforcementUser user, String before, Model model) {
        Enterprise e = ownEnterprise.of(user.actor());
        // 一企一档 as the enterprise sees it: its completed inspections, its hazards and the documents served on it
        model.addAttribute("timeline", TimelineView.of(timeline.page(user.actor(), e.getId(), before,
                ReadingEnterpriseFile.DEFAULT_PAGE), e.getId(), before, zone, false));
        model.addAttribute("enterprise", e);
        model.addAttribute("inCharge", departments.byIds(List.of(e.getDepartmentId())).stream().findFirst()
                .map(Department::getName).orElse(null));
        model.addAttribute("ownHazards", toDo.ofOwnEnterprise(user.actor()));
        return "enterprise-home";
    }

    /**
     * The to-do list (待办): the deadlines of the next {@value HazardToDo#SOON_WORKING_DAYS} working days (the
     * enterprises' and the re-checks) and the inspections in progress the user is one of the inspectors of; for a
     * supervisor, the decisions waiting (extensions, grade lowerings, unplanned inspections), its 挂牌督办 queue and the
     * major or overdue hazards of the departments below that it may list for supervision.
     */
    private void toDoList(EnforcementUser user, Model model) {
        HazardToDo.StaffList list = toDo.ofStaff(user.actor());
        model.addAttribute("soonUntil", list.soonUntil());
        model.addAttribute("deadlines", list.deadlines());
        model.addAttribute("inProgress", inspections.inProgressOf(user.actor()));
        model.addAttribute("decisions", list.decisions());
        model.addAttribute("approvals", inspections.awaitingApproval(user.actor()));
        model.addAttribute("followed", list.followed());
        model.addAttribute("supervisedQueue", list.supervised());
        model.addAttribute("supervisor", user.actor().has(Role.SUPERVISOR));
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoMode", demoMode);
        return "login";
    }
}
