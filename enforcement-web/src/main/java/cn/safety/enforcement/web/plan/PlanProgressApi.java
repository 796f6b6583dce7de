package cn.safety.enforcement.web.plan;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.plan.FollowingPlanProgress;
import cn.safety.enforcement.domain.plan.ItemProgress;
import cn.safety.enforcement.domain.plan.PlanProgress;
import cn.safety.enforcement.domain.plan.ProgressFilter;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "plans")
class PlanProgressApi {

    private static final int DEFAULT_SIZE = 50;
    private static final int MAX_SIZE = 500;

    private final FollowingPlanProgress following;

    PlanProgressApi(FollowingPlanProgress following) {
        this.following = following;
    }

    record Progress(long planId, int year, LocalDate asOf, int monthsPassed, List<DepartmentProgress> departments,
                    Figures totals) {
    }

    record DepartmentProgress(long departmentId, String departmentName, String divisionCode, Long planId,
                              String planStatus, Figures figures) {
    }

    record Figures(long keyItems, long keyCovered, Integer keyCoveragePercent, long spotCheckItems,
                   long spotCheckDone, long overdue, long items, long itemsDone, long completedInspections) {

        static Figures of(PlanProgress.Figures f) {
            return new Figures(f.keyItems(), f.keyCovered(), f.keyCoveragePercent(), f.spotCheckItems(),
                    f.spotCheckDone(), f.overdue(), f.items(), f.itemsDone(), f.completedInspections());
        }
    }

    record Item(long id, long enterpriseId, String enterpriseName, String creditCode, String kind,
                List<String> reasonCodes, int requiredInspections, Integer month, long completed, long open, String state, boolean overdue) {

        static Item of(ItemProgress i) {
            return new Item(i.id(), i.enterpriseId(), i.enterpriseName(), i.creditCode(), i.kind().name(),
                    i.reasonCodes(), i.requiredInspections(), i.month(), i.completed(), i.open(), i.state().name(), i.overdue());
        }
    }

    record Items(List<Item> items, Long next) {
    }

    @GetMapping("/api/v1/plans/{id}/progress")
    @Operation(summary = "计划执行进度: the progress of the plan's year for its department and each department under it"
            + " that the caller reads",
            description = "Per department (its current plan of the year: not superseded, the approved version"
                    + " first): key items and those with at least their required inspections COMPLETED (coverage),"
                    + " spot-check items drawn and done, items whose month has passed without a completed inspection"
                    + " (overdue), and totals. A county sees itself, a city itself and its counties; 404 outside"
                    + " the caller's scope.")
    Progress progress(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        FollowingPlanProgress.Report report = following.ofPlan(user.actor(), id);
        return new Progress(id, report.year(), report.asOf(), report.monthsPassed(),
                report.departments().stream().map(d -> new DepartmentProgress(d.departmentId(), d.departmentName(),
                        d.divisionCode(), d.planId(), d.planStatus() == null ? null : d.planStatus().name(),
                        Figures.of(d.figures()))).toList(),
                Figures.of(report.totals()));
    }

    @GetMapping("/api/v1/plans/{id}/progress/items")
    @Operation(summary = "The items behind the plan's progress, by id",
            description = "`filter`: OVERDUE (month passed, nothing completed), OPEN (fewer inspections completed than"
                    + " required) or DONE. Pass the previous page's `next` as `after`.")
    Items items(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                @RequestParam(defaultValue = "OVERDUE") ProgressFilter filter,
                @RequestParam(required = false) Long after, @RequestParam(required = false) Integer size) {
        int limit = limit(size);
        List<ItemProgress> page = following.items(user.actor(), id, filter, after, limit);
        return new Items(page.stream().map(Item::of).toList(),
                page.size() == limit ? page.get(page.size() - 1).id() : null);
    }

    private static int limit(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("size", "plan.size.range", MAX_SIZE);
        }
        return size;
    }
}
