package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.AssignmentHistory;
import cn.safety.enforcement.domain.enterprise.DesignatingJurisdiction;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.PlacingInTownship;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** An enterprise's jurisdiction over the API: its history, 指定管辖, and the township it lies in. */
@RestController
@RequestMapping("/api/v1/enterprises/{id}")
@Tag(name = "enterprises")
class DesignationApi {

    private final DesignatingJurisdiction designating;
    private final AssignmentHistory history;
    private final PlacingInTownship placing;
    private final ReadingEnterprises enterprises;
    private final EnterpriseViews views;

    DesignationApi(DesignatingJurisdiction designating, AssignmentHistory history, PlacingInTownship placing,
                   ReadingEnterprises enterprises, EnterpriseViews views) {
        this.designating = designating;
        this.history = history;
        this.placing = placing;
        this.enterprises = enterprises;
        this.views = views;
    }

    @PostMapping("/designation")
    @Operation(summary = "指定管辖: an admin of the common upper department designates the department that handles a"
            + " disputed enterprise",
            description = "Refused (403) for non-admins and for admins whose department is not above the current one;"
                    + " refused on `departmentId` (400) for a department that is not below the admin's, not an"
                    + " enforcement department, or whose division does not contain the enterprise's location."
                    + " `reason` and `documentNumber` (the designating document) are required. The history shows"
                    + " the designation as kind DESIGNATION.")
    EnterpriseView designate(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                             @RequestBody DesignationRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        Enterprise e = designating.designate(user.actor(), id, request.version(), request.departmentId(),
                request.reason(), request.documentNumber());
        return views.toView(e);
    }

    @GetMapping("/assignments")
    @Operation(summary = "The enterprise's jurisdiction history, newest first; 404 outside the caller's scope")
    List<AssignmentView> assignments(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        var rows = history.of(user.actor(), id);
        return views.assignmentViews(enterprises.get(user.actor(), id), rows);
    }

    @PutMapping("/township")
    @Operation(summary = "Record the township, street or zone the enterprise lies in (null: not known)",
            description = "By its department, or by an entrusted organisation within its own township.")
    EnterpriseView place(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                         @RequestBody TownshipRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        return views.toView(placing.place(user.actor(), id, request.version(), request.townshipId()));
    }
}
