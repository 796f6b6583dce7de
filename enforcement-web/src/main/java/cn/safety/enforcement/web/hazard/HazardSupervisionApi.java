package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.hazard.LiftingSupervision;
import cn.safety.enforcement.domain.hazard.ReadingHazards;
import cn.safety.enforcement.domain.hazard.ReadingSupervisionQueue;
import cn.safety.enforcement.domain.hazard.SupervisingHazard;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * 挂牌督办 (004§23, 000§(九)) by the department one level above the hazard's: the notice, the queue, 摘牌. The acts
 * answer 200 with the hazard as {@code GET /api/v1/hazards/{id}} shows it, {@code supervisedBy} filled.
 */
@RestController
@Tag(name = "hazard supervision", description = "挂牌督办 (004§23, 000§(九)): a major hazard, and any hazard overdue,"
        + " is listed for supervision by the department one level up, which issues the 挂牌督办通知书, follows it in its"
        + " queue and alone lifts the listing (摘牌) once the hazard is closed")
class HazardSupervisionApi {

    private final SupervisingHazard supervising;
    private final LiftingSupervision lifting;
    private final ReadingSupervisionQueue queue;
    private final ZoneId zone;

    HazardSupervisionApi(SupervisingHazard supervising, LiftingSupervision lifting, ReadingSupervisionQueue queue,
                         Clock clock) {
        this.supervising = supervising;
        this.lifting = lifting;
        this.queue = queue;
        this.zone = clock.getZone();
    }

    /** The 挂牌督办通知书: its requirements and deadline. */
    record Supervision(String requirements, LocalDate deadline, Long version) {
    }

    /** 摘牌. */
    record Lift(Long version) {
    }

    record Page(List<HazardRow> items, String next) {
    }

    @PostMapping("/api/v1/hazards/{id}/supervision")
    @Operation(summary = "挂牌督办: the department one level up issues the numbered 挂牌督办通知书",
            description = "`requirements`, `deadline` (a date after today). A supervisor of the department one level"
                    + " above the hazard's department (the city above a county, the province above a city); the hazard"
                    + " open and MAJOR or overdue, not yet supervised (else 409). 404 outside the caller's scope; 403"
                    + " for the hazard's own department or any other.")
    HazardView supervise(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                         @RequestBody Supervision r) {
        HazardRequests.require(r);
        return HazardView.of(supervising.supervise(user.actor(), id, r.requirements(), r.deadline(), r.version()),
                zone);
    }

    @PostMapping("/api/v1/hazards/{id}/lift-supervision")
    @Operation(summary = "摘牌: the supervising department lifts the listing of a CLOSED hazard",
            description = "Only a supervisor of the department that supervises it (403 otherwise); 409 naming the"
                    + " state while the hazard is not CLOSED. The body (`version`) may be empty.")
    HazardView lift(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @RequestBody(required = false) Lift r) {
        return HazardView.of(lifting.lift(user.actor(), id, r == null ? null : r.version()), zone);
    }

    @GetMapping("/api/v1/hazards/supervised")
    @Operation(summary = "The 挂牌督办 queue of the caller's department, newest first, by keyset pages",
            description = "The hazards of the departments below the caller's that are listed for supervision (open,"
                    + " MAJOR or overdue) or supervised and not yet lifted: a city sees its counties', a province its"
                    + " cities' and what they supervise. Empty for an inspector or an enterprise.")
    Page supervised(@AuthenticationPrincipal EnforcementUser user,
                    @RequestParam(required = false) @Parameter(description = "cursor: the `next` of the page before")
                    Long after,
                    @RequestParam(defaultValue = "50") int size) {
        ReadingHazards.Slice slice = queue.list(user.actor(), after, size);
        return new Page(slice.rows().stream().map(HazardRow::of).toList(),
                slice.next() == null ? null : String.valueOf(slice.next()));
    }
}
