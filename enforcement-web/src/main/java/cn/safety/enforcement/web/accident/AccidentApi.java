package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.accident.Accident;
import cn.safety.enforcement.domain.accident.AccidentSlice;
import cn.safety.enforcement.domain.accident.DutyFinding;
import cn.safety.enforcement.domain.accident.ReadingAccidents;
import cn.safety.enforcement.domain.accident.RecordingAccident;
import cn.safety.enforcement.domain.accident.RecordingDutyFinding;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

@RestController
@Tag(name = "accidents", description = "生产安全事故 (R8, 000§(六)) graded by 生产安全事故报告和调查处理条例 第三条, and"
        + " failures of the main responsible person's safety duty (002§(二)); both under the enterprise's jurisdiction")
class AccidentApi {

    private final RecordingAccident recording;
    private final RecordingDutyFinding recordingFinding;
    private final ReadingAccidents reading;
    private final ZoneId zone;

    AccidentApi(RecordingAccident recording, RecordingDutyFinding recordingFinding, ReadingAccidents reading,
                Clock clock) {
        this.recording = recording;
        this.recordingFinding = recordingFinding;
        this.reading = reading;
        this.zone = clock.getZone();
    }

    record Page(List<AccidentView> items, String next) {
    }

    @PostMapping("/api/v1/accidents")
    @Operation(summary = "Record an accident at an enterprise of the caller's department (inspectors, supervisors)",
            description = "Answers 201 with the accident, its `grade` (GENERAL, LARGER, MAJOR, ESPECIALLY_MAJOR) and"
                    + " `investigatingLevel`. `category` takes the GB 6441-86 name (`机械伤害`, `其它爆炸`) or the code."
                    + " Refused on the field: a missing or unknown `enterpriseId` (one outside the caller's scope"
                    + " reads as unknown), a future `occurredAt`, a negative count, an unknown category; 403 for an"
                    + " enterprise the caller reads but does not act on, or a caller without an enforcement role.")
    ResponseEntity<AccidentView> record(@AuthenticationPrincipal EnforcementUser user,
                                        @RequestBody AccidentRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        Accident a = recording.record(user.actor(), request.enterpriseId(), new Accident.Report(
                OccurredAt.parse(request.occurredAt(), zone), request.place(), request.category(), request.deaths(),
                request.seriousInjuries(), request.directLossTenThousandYuan(), request.summary()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/accidents/{id}")
                .buildAndExpand(a.getId()).toUri();
        return ResponseEntity.created(location).body(AccidentView.of(a, zone));
    }

    @GetMapping("/api/v1/accidents")
    @Operation(summary = "Accidents: of one enterprise (latest first; 404 when it is outside the caller's scope), or"
            + " without enterpriseId those of every enterprise the caller sees, newest recorded first, by pages")
    Page list(@AuthenticationPrincipal EnforcementUser user,
              @RequestParam(required = false) Long enterpriseId,
              @RequestParam(required = false) @Parameter(description = "cursor: the `next` of the page before")
              String after,
              @RequestParam(defaultValue = "50") int size) {
        if (enterpriseId != null) {
            return new Page(reading.ofEnterprise(user.actor(), enterpriseId).stream()
                    .map(a -> AccidentView.of(a, zone)).toList(), null);
        }
        AccidentSlice slice = reading.list(user.actor(), after, size);
        return new Page(slice.items().stream().map(a -> AccidentView.of(a, zone)).toList(), slice.next());
    }

    @GetMapping("/api/v1/accidents/{id}")
    @Operation(summary = "One accident; 404 when it does not exist or its enterprise is outside the caller's scope")
    AccidentView get(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return AccidentView.of(reading.get(user.actor(), id), zone);
    }

    @PostMapping("/api/v1/enterprises/{id}/duty-findings")
    @Operation(summary = "Record a failure of the main responsible person's safety duty (主要负责人安全\"红线\"意识不牢、"
            + "责任不落实, 002§(二))", description = "Inspectors and supervisors of the enterprise's department;"
            + " 404 for an enterprise outside the caller's scope, 403 for one the caller reads but does not act on.")
    ResponseEntity<DutyFindingView> recordDutyFinding(@AuthenticationPrincipal EnforcementUser user,
                                                      @PathVariable long id,
                                                      @RequestBody DutyFindingRequest request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        DutyFinding d = recordingFinding.record(user.actor(), id, request.finding(), request.foundOn());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().build().toUri())
                .body(DutyFindingView.of(d, zone));
    }

    @GetMapping("/api/v1/enterprises/{id}/duty-findings")
    @Operation(summary = "The duty findings of one enterprise, latest first; 404 outside the caller's scope")
    List<DutyFindingView> dutyFindings(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return reading.dutyFindingsOf(user.actor(), id).stream().map(d -> DutyFindingView.of(d, zone)).toList();
    }
}
