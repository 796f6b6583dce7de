package cn.safety.enforcement.web.plan;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.plan.ApprovingPlan;
import cn.safety.enforcement.domain.plan.ChangingPlanItem;
import cn.safety.enforcement.domain.plan.DrawingUpPlan;
import cn.safety.enforcement.domain.plan.FollowingPlanProgress;
import cn.safety.enforcement.domain.plan.GeneratingPlan;
import cn.safety.enforcement.domain.plan.ItemProgress;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.plan.PlanItemRow;
import cn.safety.enforcement.domain.plan.ReadingPlans;
import cn.safety.enforcement.domain.plan.ReturningPlan;
import cn.safety.enforcement.domain.plan.RevisingPlan;
import cn.safety.enforcement.domain.plan.SubmittingPlan;
import cn.safety.enforcement.web.security.EnforcementUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plan pages: the plans of a year, one plan with its items, reasons and flags and the steps the user may take
 * (each confirmed), an item's month and move, 本月检查 for inspectors, and the export. Each POST makes one service call
 * and redirects with a flash message; a refusal comes back on the plan's page with its message.
 */
@Controller
class PlanController {

    private static final int PAGE = 100;

    private final DrawingUpPlan drawingUp;
    private final GeneratingPlan generating;
    private final SubmittingPlan submitting;
    private final ApprovingPlan approving;
    private final ReturningPlan returning;
    private final RevisingPlan revising;
    private final ChangingPlanItem changingItem;
    private final ReadingPlans reading;
    private final PlanViews views;
    private final PlanSheet sheet;
    private final FollowingPlanProgress following;

    PlanController(DrawingUpPlan drawingUp, GeneratingPlan generating, SubmittingPlan submitting,
                   ApprovingPlan approving, ReturningPlan returning, RevisingPlan revising,
                   ChangingPlanItem changingItem, ReadingPlans reading, PlanViews views, PlanSheet sheet,
                   FollowingPlanProgress following) {
        this.following = following;
        this.drawingUp = drawingUp;
        this.generating = generating;
        this.submitting = submitting;
        this.approving = approving;
        this.returning = returning;
        this.revising = revising;
        this.changingItem = changingItem;
        this.reading = reading;
        this.views = views;
        this.sheet = sheet;
    }

    @GetMapping("/plans")
    String list(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long after, Model model) {
        int shown = year == null ? reading.today().getYear() : year;
        List<Plan> plans = reading.list(user.actor(), shown, after, PAGE);
        model.addAttribute("year", shown);
        model.addAttribute("plans", plans.stream().map(views::view).toList());
        model.addAttribute("next", plans.size() == PAGE ? plans.get(plans.size() - 1).getId() : null);
        model.addAttribute("mayDrawUp", !user.actor().entrusted());
        return "plans/list";
    }

    @PostMapping("/plans")
    String drawUp(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Integer year,
                  RedirectAttributes redirect) {
        return step(redirect, "/plans" + (year == null ? "" : "?year=" + year), "plan.flash.drawnUp",
                () -> "/plans/" + drawingUp.drawUp(user.actor(), year).getId());
    }

    @GetMapping("/plans/{id}")
    String detail(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) PlanItemKind kind, @RequestParam(required = false) Long after,
                  Model model) {
        Plan plan = reading.get(user.actor(), id);
        PlanItemKind shown = kind == null ? PlanItemKind.KEY : kind;
        List<PlanItemRow> items = reading.items(user.actor(), id, shown, after, PAGE);
        model.addAttribute("plan", views.view(plan));
        model.addAttribute("kind", shown);
        model.addAttribute("kinds", PlanItemKind.values());
        model.addAttribute("items", items.stream().map(PlanViews::view).toList());
        model.addAttribute("next", items.size() == PAGE ? items.get(items.size() - 1).id() : null);
        model.addAttribute("keyCount", reading.count(user.actor(), plan, PlanItemKind.KEY));
        model.addAttribute("spotCount", reading.count(user.actor(), plan, PlanItemKind.SPOT_CHECK));
        boolean acts = reading.canAct(user.actor(), plan);
        model.addAttribute("acts", acts);
        model.addAttribute("decides", reading.decides(user.actor(), plan));
        model.addAttribute("editable", plan.getStatus().editable());
        model.addAttribute("today", reading.today());
        return "plans/detail";
    }

    @PostMapping("/plans/{id}/generate")
    String generate(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        return confirmedStep(confirmed, redirect, id, "plan.flash.generated",
                () -> generating.generate(user.actor(), id));
    }

    @PostMapping("/plans/{id}/submit")
    String submit(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        return confirmedStep(confirmed, redirect, id, "plan.flash.submitted",
                () -> submitting.submit(user.actor(), id));
    }

    @PostMapping("/plans/{id}/approve")
    String approve(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                   @RequestParam(required = false) String approvedBy,
                   @RequestParam(required = false) String documentNumber,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
                   @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        return confirmedStep(confirmed, redirect, id, "plan.flash.approved",
                () -> approving.approve(user.actor(), id, approvedBy, documentNumber, approvedOn));
    }

    @PostMapping("/plans/{id}/return")
    String sendBack(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) Boolean confirmed,
                    RedirectAttributes redirect) {
        return confirmedStep(confirmed, redirect, id, "plan.flash.returned",
                () -> returning.sendBack(user.actor(), id, reason));
    }

    @PostMapping("/plans/{id}/revisions")
    String revise(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                  @RequestParam(required = false) Boolean confirmed, RedirectAttributes redirect) {
        if (!Boolean.TRUE.equals(confirmed)) {
            return refused(redirect, "/plans/" + id, "plan.confirm.required");
        }
        return step(redirect, "/plans/" + id, "plan.flash.revised",
                () -> "/plans/" + revising.openRevision(user.actor(), id).getId());
    }

    @GetMapping("/plans/{id}/items/{itemId}/edit")
    String editItem(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, @PathVariable long itemId,
                    Model model) {
        Plan plan = reading.get(user.actor(), id);
        model.addAttribute("plan", views.view(plan));
        model.addAttribute("item", PlanViews.view(reading.item(user.actor(), id, itemId)));
        model.addAttribute("decides", reading.decides(user.actor(), plan) && plan.getStatus().editable());
        return "plans/item";
    }

    @PostMapping("/plans/{id}/items/{itemId}")
    String changeItem(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, @PathVariable long itemId,
                      @RequestParam(required = false) Integer month,
                      @RequestParam(required = false) Boolean moveToSpotCheck,
                      @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                      RedirectAttributes redirect) {
        String back = "/plans/" + id + "/items/" + itemId + "/edit";
        return step(redirect, back, "plan.flash.itemChanged", () -> {
            changingItem.change(user.actor(), id, itemId, new ChangingPlanItem.Change(month,
                    Boolean.TRUE.equals(moveToSpotCheck), reason, version));
            return "/plans/" + id + "#item-" + itemId;
        });
    }

    /** An inspection the user is named on, its start in the department's time. */
    record NamedView(long id, long enterpriseId, String enterpriseName, String status,
                     java.time.LocalDateTime startedAt) {
    }

    /** 本月检查: the items of a month in the plan the user's own department works from this year. */
    @GetMapping("/plans/month")
    String month(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Integer month,
                 @RequestParam(required = false) Long after, Model model) {
        LocalDate today = reading.today();
        int shown = month == null || month < 1 || month > 12 ? today.getMonthValue() : month;
        model.addAttribute("month", shown);
        model.addAttribute("year", today.getYear());
        FollowingPlanProgress.Month mine = following.month(user.actor(), shown, after, PAGE);
        model.addAttribute("plan", Optional.ofNullable(mine.plan()).map(views::view).orElse(null));
        List<ItemProgress> items = mine.items();
        model.addAttribute("items", items);
        model.addAttribute("inspections", mine.inspections().stream().map(x -> new NamedView(x.id(),
                x.enterpriseId(), x.enterpriseName(), x.status(), x.startedAt() == null ? null
                : java.time.LocalDateTime.ofInstant(x.startedAt(), following.zone()))).toList());
        model.addAttribute("next", items.size() == PAGE ? items.get(items.size() - 1).id() : null);
        return "plans/month";
    }

    @GetMapping("/plans/{id}/export.xlsx")
    void export(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        sheet.write(user.actor(), id, response);
    }

    private String confirmedStep(Boolean confirmed, RedirectAttributes redirect, long id, String flash,
                                 Runnable command) {
        if (!Boolean.TRUE.equals(confirmed)) {
            return refused(redirect, "/plans/" + id, "plan.confirm.required");
        }
        return step(redirect, "/plans/" + id, flash, () -> {
            command.run();
            return "/plans/" + id;
        });
    }

    /** Runs the one command; a refusal goes back to {@code back} with its messages, nothing saved. */
    private static String step(RedirectAttributes redirect, String back, String flash, Supplier<String> command) {
        try {
            String target = command.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:" + target;
        } catch (RuleViolation v) {
            redirect.addFlashAttribute("problems", v.problems());
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("problems", List.of(new RuleViolation.Problem(null, "error.stale")));
        }
        return "redirect:" + back;
    }

    private static String refused(RedirectAttributes redirect, String back, String code) {
        redirect.addFlashAttribute("problems", List.of(new RuleViolation.Problem("confirmed", code)));
        return "redirect:" + back;
    }
}
