package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.hazard.FindingHazard;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardSource;
import cn.safety.enforcement.domain.hazard.HazardStatus;
import cn.safety.enforcement.domain.hazard.Hazards;
import cn.safety.enforcement.domain.hazard.ReadingHazards;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@RestController
@Tag(name = "hazards", description = "隐患排查治理 (R5, 004§7, 004§11): hazards found at inspections, reported by"
        + " enterprises (自查自报) or from complaints; the loop 检查 → 督办 → 整改 → 验收 → 核查 → 销号 with its deadlines")
class HazardApi {

    private final FindingHazard finding;
    private final ReadingHazards reading;
    private final ZoneId zone;

    HazardApi(FindingHazard finding, ReadingHazards reading, Clock clock) {
        this.finding = finding;
        this.reading = reading;
        this.zone = clock.getZone();
    }

    record Page(List<HazardRow> items, String next) {
    }

    @PostMapping("/api/v1/hazards")
    @Operation(summary = "Record a hazard (FOUND)",
            description = "Staff: `enterpriseId` of an enterprise the caller acts on; `source` INSPECTION (with"
                    + " `inspectionId` of a readable inspection of the same enterprise, optionally the"
                    + " `checklistItemId` of a FAILED item: a 重大事故隐患 item makes the hazard MAJOR), COMPLAINT or"
                    + " SELF_REPORT (entering the enterprise's paper report); `grade` GENERAL or MAJOR; `description`,"
                    + " `place`, `legalBasis`, `internalNote` (never shown to the enterprise). The account of an"
                    + " enterprise reports its own (source SELF_REPORT, no internal note). 400 on an unknown or"
                    + " unreadable enterprise or inspection; 403 on one read but not acted on; 409 when the item"
                    + " already has its hazard.")
    ResponseEntity<HazardView> find(@AuthenticationPrincipal EnforcementUser user,
                                    @RequestBody HazardRequests.Find request) {
        HazardRequests.require(request);
        HazardView view = HazardView.of(finding.find(user.actor(), new FindingHazard.Request(request.enterpriseId(),
                request.inspectionId(), request.checklistItemId(),
                HazardRequests.parse(HazardSource.class, request.source(), "source"),
                HazardRequests.parse(HazardGrade.class, request.grade(), "grade"), request.description(),
                request.place(), request.legalBasis(), request.internalNote())), zone);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/hazards/{id}").buildAndExpand(view.id()).toUri()).body(view);
    }

    @GetMapping("/api/v1/hazards")
    @Operation(summary = "Hazards the caller may read, newest first, by keyset pages",
            description = "Filters: `state`, `grade`, `overdue`, `enterpriseId`, `departmentId` (within the caller's"
                    + " scope), `dueFrom`/`dueTo` (deadline window, both included), `sector` (the enterprise's, e.g."
                    + " HAZARDOUS_CHEMICALS); `after` is the `next` of the page"
                    + " before. An enterprise's account lists its own enterprise's hazards only. Each item's"
                    + " `daysLeft` counts calendar days from today until `deadline` while the enterprise is under"
                    + " order (0 on the day, negative once passed; null when found, reported or closed);"
                    + " `deadlineUnit` says how the deadline was given: WORKING_DAYS (the order counted working days"
                    + " on the calendar) or CALENDAR_DAYS (a date), the unit the pages count the days left in.")
    Page list(@AuthenticationPrincipal EnforcementUser user,
              @RequestParam(required = false) String state,
              @RequestParam(required = false) String grade,
              @RequestParam(required = false) Boolean overdue,
              @RequestParam(required = false) Long enterpriseId,
              @RequestParam(required = false) Long departmentId,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
              @RequestParam(required = false) String sector,
              @RequestParam(required = false) @Parameter(description = "cursor: the `next` of the page before")
              Long after,
              @RequestParam(defaultValue = "50") int size) {
        ReadingHazards.Slice slice = reading.list(user.actor(), new Hazards.HazardFilter(
                HazardRequests.parse(HazardStatus.class, state, "state"),
                HazardRequests.parse(HazardGrade.class, grade, "grade"), overdue, enterpriseId, departmentId,
                dueFrom, dueTo, HazardRequests.parse(Sector.class, sector, "sector")), after, size);
        return new Page(slice.rows().stream().map(HazardRow::of).toList(),
                slice.next() == null ? null : String.valueOf(slice.next()));
    }

    @GetMapping("/api/v1/hazards/{id}")
    @Operation(summary = "One hazard with its `state`, `deadline`, `daysLeft`, `escalated`, `supervisedBy`, order,"
            + " plan, reports, re-checks, extensions and on-site measures; 404 when it does not exist or lies outside"
            + " the caller's scope. An enterprise's account reads its own hazards without the `internal` part.",
            description = "`daysLeft`: calendar days from today until `deadline` while the enterprise is under order"
                    + " (0 on the day, negative once passed; null otherwise); `deadlineUnit`: WORKING_DAYS when the"
                    + " order counted working days on the calendar, CALENDAR_DAYS when a date was given (an order's"
                    + " date, an extension granted, the new deadline of a failed re-check).")
    HazardView get(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return HazardView.of(reading.get(user.actor(), id), zone);
    }
}
