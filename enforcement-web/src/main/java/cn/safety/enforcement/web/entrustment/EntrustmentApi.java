package cn.safety.enforcement.web.entrustment;

import cn.safety.enforcement.web.division.TownshipView;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.EntrustingEnforcement;
import cn.safety.enforcement.domain.jurisdiction.Entrustment;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@Tag(name = "entrustments", description = "委托执法 (003§(十四)): a department entrusts an organisation to enforce in its"
        + " name within one township or zone of its area, for a period; never entrusted further")
class EntrustmentApi {

    private final EntrustingEnforcement entrusting;
    private final EntrustmentViews views;

    EntrustmentApi(EntrustingEnforcement entrusting, EntrustmentViews views) {
        this.entrusting = entrusting;
        this.views = views;
    }

    @GetMapping("/api/v1/entrustments")
    @Operation(summary = "The entrustments of the departments the caller reads, and those held by the caller's own"
            + " organisation, newest first")
    List<EntrustmentView> list(@AuthenticationPrincipal EnforcementUser user) {
        return views.toViews(user.actor(), entrusting.list(user.actor()));
    }

    @GetMapping("/api/v1/entrustments/{id}")
    @Operation(summary = "One entrustment; 404 when it does not exist or lies outside the caller's scope")
    EntrustmentView get(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return views.toView(user.actor(), entrusting.get(user.actor(), id));
    }

    @PostMapping("/api/v1/entrustments")
    @Operation(summary = "Entrust an organisation with a township of the caller's department (admins)",
            description = "Refused (403) for non-admins and, with the reason, for users of an entrusted organisation"
                    + " (不得再次委托); refused on `townshipId` for a township outside the department's area.")
    ResponseEntity<EntrustmentView> entrust(@AuthenticationPrincipal EnforcementUser user,
                                            @RequestBody EntrustmentRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        Entrustment e = entrusting.entrust(user.actor(), new EntrustingEnforcement.Request(request.organisationName(),
                request.townshipId(), request.validFrom(), request.validUntil(), request.documentNumber()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(e.getId()).toUri()).body(views.toView(user.actor(), e));
    }

    @PostMapping("/api/v1/entrustments/{id}/end")
    @Operation(summary = "End an entrustment from today on, with a reason (admins of the entrusting department or above)")
    EntrustmentView end(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                        @RequestBody EndRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        return views.toView(user.actor(), entrusting.end(user.actor(), id, request.version(), request.reason()));
    }

    @GetMapping("/api/v1/townships")
    @Operation(summary = "The townships, streets and zones of a county (reference data, like divisions)")
    List<TownshipView> townships(@RequestParam(required = false) String divisionCode) {
        return EntrustmentViews.townshipViews(entrusting.townshipsOf(divisionCode));
    }
}
