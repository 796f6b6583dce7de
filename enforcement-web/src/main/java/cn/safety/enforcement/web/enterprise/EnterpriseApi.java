package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.MovingEnterprise;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseSlice;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "enterprises", description = "企业档案 (一企一档): each enterprise assigned to exactly one enforcement department")
class EnterpriseApi {

    static final String SECTOR_DOC = "A sector code; the former codes COMBUSTIBLE_DUST, AMMONIA_REFRIGERATION and"
            + " CONFINED_SPACE select the INDUSTRY_TRADE enterprises with that feature.";

    private final ReadingEnterprises enterprises;
    private final RegisteringEnterprise registering;
    private final MovingEnterprise moving;
    private final EnterpriseViews views;

    EnterpriseApi(ReadingEnterprises enterprises, RegisteringEnterprise registering, MovingEnterprise moving,
                  EnterpriseViews views) {
        this.enterprises = enterprises;
        this.registering = registering;
        this.moving = moving;
        this.views = views;
    }

    /** One page of the list, newest first. */
    record Page(List<EnterpriseView> items, String next) {
    }

    @GetMapping
    @Operation(summary = "List the enterprises the caller may see, keyset-paginated",
            description = "Pass the previous page's `next` as `after`. `q` matches part of the name or a credit-code"
                    + " prefix; `divisionCode` matches the division and everything below it; `feature` keeps the"
                    + " enterprises with that feature.")
    Page list(@AuthenticationPrincipal EnforcementUser user,
              @RequestParam(required = false) String q,
              @RequestParam(required = false) String divisionCode,
              @RequestParam(required = false) @Parameter(description = SECTOR_DOC) String sector,
              @RequestParam(required = false) Feature feature,
              @RequestParam(required = false) RiskGrade riskGrade,
              @RequestParam(required = false) Long departmentId,
              @RequestParam(required = false) String after,
              @RequestParam(defaultValue = "50") int size) {
        EnterpriseSlice slice = enterprises.list(user.actor(),
                ApiListFilter.of(q, divisionCode, sector, riskGrade, departmentId, feature), after, size);
        return new Page(views.toViews(user.actor(), slice.items()), slice.next());
    }

    @PostMapping
    @Operation(summary = "Register an enterprise in the caller's department",
            description = "The location must lie within the caller's department's division.")
    ResponseEntity<EnterpriseView> create(@AuthenticationPrincipal EnforcementUser user,
                                          @RequestBody EnterpriseRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        Enterprise e = registering.register(user.actor(), request.creditCode(), request.divisionCode(),
                request.toProfile());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(e.getId()).toUri()).body(views.toView(e));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise; 404 when it does not exist or lies outside the caller's scope")
    EnterpriseView get(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return views.toView(enterprises.get(user.actor(), id));
    }

    @PutMapping("/{id}/department")
    @Operation(summary = "Reassign (调整管辖, admins) or take over (提级管辖, upper supervisors) with a reason")
    EnterpriseView assign(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                          @RequestBody AssignmentRequest request) {
        if (request == null || request.departmentId() == null) {
            throw new RuleViolation("departmentId", "department.required");
        }
        return views.toView(moving.moveTo(user.actor(), id, request.version(), request.departmentId(),
                request.reason()));
    }
}
