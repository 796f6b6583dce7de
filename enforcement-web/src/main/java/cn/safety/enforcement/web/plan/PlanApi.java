package cn.safety.enforcement.web.plan;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.plan.AddingPlanItem;
import cn.safety.enforcement.domain.plan.ApprovingPlan;
import cn.safety.enforcement.domain.plan.ChangingPlanItem;
import cn.safety.enforcement.domain.plan.DrawingUpPlan;
import cn.safety.enforcement.domain.plan.GeneratingPlan;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanItem;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.plan.PlanItemRow;
import cn.safety.enforcement.domain.plan.ReadingPlans;
import cn.safety.enforcement.domain.plan.ReturningPlan;
import cn.safety.enforcement.domain.plan.RevisingPlan;
import cn.safety.enforcement.domain.plan.SubmittingPlan;
import cn.safety.enforcement.web.plan.PlanViews.ItemView;
import cn.safety.enforcement.web.plan.PlanViews.PlanView;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "plans", description = "年度监督检查计划 (R3, 002§(二), 000§(十五), 003§(九)): one plan per department and year,"
        + " draft → submitted → approved or returned; key enterprises with their reasons; the spot-check pool")
class PlanApi {

    private static final int DEFAULT_SIZE = 50;
    private static final int MAX_SIZE = 500;

    private final DrawingUpPlan drawingUp;
    private final GeneratingPlan generating;
    private final SubmittingPlan submitting;
    private final ApprovingPlan approving;
    private final ReturningPlan returning;
    private final RevisingPlan revising;
    private final ChangingPlanItem changingItem;
    private final AddingPlanItem addingItem;
    private final ReadingPlans reading;
    private final PlanViews views;

    PlanApi(DrawingUpPlan drawingUp, GeneratingPlan generating, SubmittingPlan submitting, ApprovingPlan approving,
            ReturningPlan returning, RevisingPlan revising, ChangingPlanItem changingItem, AddingPlanItem addingItem,
            ReadingPlans reading, PlanViews views) {
        this.drawingUp = drawingUp;
        this.generating = generating;
        this.submitting = submitting;
        this.approving = approving;
        this.returning = returning;
        this.revising = revising;
        this.changingItem = changingItem;
        this.addingItem = addingItem;
        this.reading = reading;
        this.views = views;
    }

    record PlanRequest(Integer year) {
    }

    record ApprovalRequest(String approvedBy, String documentNumber, LocalDate approvedOn) {
    }

    record ReturnRequest(String reason) {
    }

    record ItemChangeRequest(Integer month, Boolean moveToSpotCheck, String reason, Long version) {
    }

    record ItemRequest(Long enterpriseId, PlanItemKind kind, String reason) {
    }

    record Plans(List<PlanView> items, Long next) {
    }

    record Items(List<ItemView> items, Long next) {
    }

    @PostMapping("/api/v1/plans")
    @Operation(summary = "Draw up the caller's department's plan for a year (201); a second one for the same year is"
            + " refused (409)")
    ResponseEntity<PlanView> drawUp(@AuthenticationPrincipal EnforcementUser user,
                                    @RequestBody(required = false) PlanRequest request) {
        Plan p = drawingUp.drawUp(user.actor(), body(request).year());
        return created(p);
    }

    @GetMapping("/api/v1/plans")
    @Operation(summary = "The plans (every version) of the departments the caller reads, newest first",
            description = "Pass the previous page's `next` as `after`.")
    Plans list(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Integer year,
               @RequestParam(required = false) Long after, @RequestParam(required = false) Integer size) {
        int limit = limit(size);
        List<Plan> page = reading.list(user.actor(), year, after, limit);
        return new Plans(page.stream().map(views::view).toList(),
                page.size() == limit ? page.get(page.size() - 1).getId() : null);
    }

    @GetMapping("/api/v1/plans/{id}")
    @Operation(summary = "One plan version; 404 when it does not exist or lies outside the caller's scope")
    PlanView get(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return views.view(reading.get(user.actor(), id));
    }

    @GetMapping("/api/v1/plans/{id}/items")
    @Operation(summary = "The plan's items with their reasons, required inspections, month and flags, by id",
            description = "`kind`: KEY, SPOT_CHECK, SUPERVISION or CROSS_CHECK. Pass the previous page's `next` as"
                    + " `after`.")
    Items items(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                @RequestParam(required = false) PlanItemKind kind, @RequestParam(required = false) Long after,
                @RequestParam(required = false) Integer size) {
        int limit = limit(size);
        List<PlanItemRow> page = reading.items(user.actor(), id, kind, after, limit);
        return new Items(page.stream().map(PlanViews::view).toList(),
                page.size() == limit ? page.get(page.size() - 1).id() : null);
    }

    @PostMapping("/api/v1/plans/{id}/generate")
    @Operation(summary = "Compute the key list of a draft from the rules in force; keeps months set and moves made by"
            + " hand (409 when the plan is not a draft)")
    PlanView generate(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return views.view(generating.generate(user.actor(), id));
    }

    @PostMapping("/api/v1/plans/{id}/submit")
    @Operation(summary = "报批: submit a draft for approval (409 naming the current status otherwise)")
    PlanView submit(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return views.view(submitting.submit(user.actor(), id));
    }

    @PostMapping("/api/v1/plans/{id}/approve")
    @Operation(summary = "Record the approval of a submitted plan (supervisors): approving body, document number, date")
    PlanView approve(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                     @RequestBody(required = false) ApprovalRequest request) {
        ApprovalRequest r = body(request);
        return views.view(approving.approve(user.actor(), id, r.approvedBy(), r.documentNumber(), r.approvedOn()));
    }

    @PostMapping("/api/v1/plans/{id}/return")
    @Operation(summary = "退回: send a submitted plan back to draft with a reason (supervisors)")
    PlanView sendBack(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                      @RequestBody(required = false) ReturnRequest request) {
        return views.view(returning.sendBack(user.actor(), id, body(request).reason()));
    }

    @PostMapping("/api/v1/plans/{id}/revisions")
    @Operation(summary = "Open a new version of an approved plan as a draft (201); the approved one stays in force"
            + " until the new one is approved, then becomes SUPERSEDED")
    ResponseEntity<PlanView> revise(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        Plan p = revising.openRevision(user.actor(), id);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + p.getId())).body(views.view(p));
    }

    @PutMapping("/api/v1/plans/{id}/items/{itemId}")
    @Operation(summary = "Set an item's month and/or move a law-abiding key enterprise to the spot-check pool with a"
            + " reason (supervisors, drafts only); `version` is the item's version as read")
    ItemView changeItem(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                        @PathVariable long itemId, @RequestBody(required = false) ItemChangeRequest request) {
        ItemChangeRequest r = body(request);
        PlanItem item = changingItem.change(user.actor(), id, itemId, new ChangingPlanItem.Change(r.month(),
                Boolean.TRUE.equals(r.moveToSpotCheck()), r.reason(), r.version()));
        return PlanViews.view(reading.item(user.actor(), id, item.getId()));
    }

    @PostMapping("/api/v1/plans/{id}/items")
    @Operation(summary = "督查 or 交叉互检: an upper department adds an enterprise of a department below (201); refused,"
            + " naming the department, when that department's plan of the year already holds it")
    ResponseEntity<ItemView> addItem(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                     @RequestBody(required = false) ItemRequest request) {
        ItemRequest r = body(request);
        PlanItem item = addingItem.add(user.actor(), id, r.enterpriseId(), r.kind(), r.reason());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/items/" + item.getId()))
                .body(PlanViews.view(reading.item(user.actor(), id, item.getId())));
    }

    private ResponseEntity<PlanView> created(Plan p) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(p.getId()).toUri()).body(views.view(p));
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        return request;
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
