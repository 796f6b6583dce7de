package cn.safety.enforcement.web.plan;

import cn.safety.enforcement.domain.plan.FollowingPlanProgress;
import cn.safety.enforcement.domain.plan.ItemProgress;
import cn.safety.enforcement.domain.plan.ProgressFilter;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * 计划执行进度 for supervisors: a row per department (the own and those under it), each figure leading to its items;
 * the items in pages of {@value #PAGE}.
 */
@Controller
class PlanProgressController {

    private static final int PAGE = 50;

    private final FollowingPlanProgress following;
    private final PlanViews views;

    PlanProgressController(FollowingPlanProgress following, PlanViews views) {
        this.following = following;
        this.views = views;
    }

    /** The progress of a year for the user's own department and those under it. */
    @GetMapping("/plans/progress")
    String ofYear(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Integer year,
                  Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? following.today().getYear() : year;
        model.addAttribute("report", following.ofYear(user.actor(), shown));
        return "plans/progress";
    }

    @GetMapping("/plans/{id}/progress")
    String ofPlan(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, Model model) {
        model.addAttribute("report", following.ofPlan(user.actor(), id));
        return "plans/progress";
    }

    @GetMapping("/plans/{id}/progress/items")
    String items(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                 @RequestParam(defaultValue = "OVERDUE") ProgressFilter filter,
                 @RequestParam(required = false) Long after, Model model) {
        List<ItemProgress> page = following.items(user.actor(), id, filter, after, PAGE);
        model.addAttribute("plan", views.view(following.plan(user.actor(), id)));
        model.addAttribute("filter", filter);
        model.addAttribute("filters", ProgressFilter.values());
        model.addAttribute("items", page);
        model.addAttribute("next", page.size() == PAGE ? page.get(page.size() - 1).id() : null);
        return "plans/progress-items";
    }
}
