package cn.safety.enforcement.web.division;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.TownshipService;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Admins keep the townships, streets and zones of the counties of their area (the list is GET /api/v1/townships). */
@RestController
@Tag(name = "townships", description = "乡镇/街道/开发区: the parts of a county, kept by the admins of its area")
class TownshipApi {

    private final TownshipService townships;

    TownshipApi(TownshipService townships) {
        this.townships = townships;
    }

    @PostMapping("/api/v1/townships")
    @Operation(summary = "Add a township, street or zone to a county of the caller's area (admins)",
            description = "403 for non-admins; 404 for a county outside the caller's area; 400 naming the field for"
                    + " a name the county has already (`name`), an unknown `kind` or county, or a code kept already.")
    ResponseEntity<TownshipView> establish(@AuthenticationPrincipal EnforcementUser user,
                                           @RequestBody TownshipCreation request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        Township t = townships.establish(user.actor(), request.county(), request.name(),
                request.kind(), request.code());
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/townships")
                .queryParam("divisionCode", t.getDivisionCode()).build().toUri()).body(TownshipView.of(t));
    }

    @PutMapping("/api/v1/townships/{id}")
    @Operation(summary = "Rename a township, street or zone, with its kind when that changes too (撤乡设镇)",
            description = "`version` as read: 409 when someone changed it meanwhile. 403 for non-admins, 404 outside"
                    + " the caller's area, 400 naming `name` for a name another township of the county has.")
    TownshipView rename(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                        @RequestBody TownshipRenaming request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        if (request.version() == null) {
            throw new RuleViolation("version", "township.version.required");
        }
        return TownshipView.of(townships.rename(user.actor(), id, request.version(), request.name(),
                request.kind()));
    }
}
