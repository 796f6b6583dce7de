package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardFiles;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.OnsiteMeasure;
import cn.safety.enforcement.web.evidence.EvidenceReceipt;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One POST per step of a hazard's loop; each answers 200 with the hazard as {@code GET /api/v1/hazards/{id}} shows it
 * to the caller. A step the hazard's state does not allow answers 409 naming the state ({@code errors[0].field}
 * {@code state}); a hazard outside the caller's scope 404; one read but not the caller's to act on 403.
 */
@RestController
@Tag(name = "hazard loop", description = "检查 → 督办 → 整改 → 验收 → 核查 → 销号 (004§11): the order (责令限期整改指令书),"
        + " the enterprise's plan (五落实), reports and acceptance, the re-check (整改复查意见书), 当场整改, extensions,"
        + " on-site measures (现场处理措施决定书), lowering a grade; evidence")
class HazardLoopApi {

    private final HazardLoop loop;
    private final ZoneId zone;

    HazardLoopApi(HazardLoop loop, Clock clock) {
        this.loop = loop;
        this.zone = clock.getZone();
    }

    @PostMapping("/api/v1/hazards/{id}/order")
    @Operation(summary = "责令限期整改 (FOUND → ORDERED): issues the numbered 责令限期整改指令书",
            description = "`deadline` (a date after today) or `workingDays` (counted from today on the working"
                    + " calendar, holidays and make-up days included), not both; `requirements`. Staff of the"
                    + " hazard's department.")
    HazardView order(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                     @RequestBody HazardRequests.Order r) {
        return step(r, () -> loop.ordering().order(user.actor(), id, r.deadline(), r.workingDays(),
                r.requirements(), r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/rectification-plan")
    @Operation(summary = "整改方案 with the 五落实 (ORDERED → RECTIFYING): the enterprise's account, or staff entering"
            + " its paper plan",
            description = "`goal`, `responsiblePerson`, `funds` (yuan), `measures`, `plannedCompletion` (not after"
                    + " the deadline), all required.")
    HazardView plan(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                    @RequestBody HazardRequests.Plan r) {
        return step(r, () -> loop.planning().plan(user.actor(), id, new Hazard.Plan(r.goal(), r.responsiblePerson(),
                r.funds(), r.measures(), r.plannedCompletion()), r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/rectification-report")
    @Operation(summary = "The enterprise reports its rectification (RECTIFYING → REPORTED)",
            description = "`description`, `evidenceIds` of evidence attached to this hazard (at least one). The"
                    + " re-check becomes due (`recheckDeadline`) within the days the rule data sets.")
    HazardView report(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                      @RequestBody HazardRequests.RectificationReport r) {
        return step(r, () -> loop.reporting().report(user.actor(), id, r.description(), r.evidenceIds(),
                r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/acceptance")
    @Operation(summary = "验收 of a major hazard (REPORTED → ACCEPTANCE_REPORTED): the experts, their conclusion,"
            + " their report as evidence; 409 for a general hazard")
    HazardView acceptance(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                          @RequestBody HazardRequests.Acceptance r) {
        return step(r, () -> loop.acceptance().report(user.actor(), id, r.experts(), r.conclusion(),
                r.evidenceIds(), r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/verification")
    @Operation(summary = "核查: the re-check issues the numbered 整改复查意见书",
            description = "`accepted` true: CLOSED (销号; a major hazard needs its acceptance reported first and no"
                    + " on-site measure in force); false: back to RECTIFYING with `newDeadline`. `opinion` required.")
    HazardView verify(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                      @RequestBody HazardRequests.Verification r) {
        return step(r, () -> loop.verifying().verify(user.actor(), id, r.accepted(), r.opinion(), r.newDeadline(),
                r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/on-the-spot")
    @Operation(summary = "当场整改: a general hazard just found (FOUND) fixed on the spot, with `description` and"
            + " `evidenceIds`, is closed at once; 409 for a major hazard")
    HazardView onTheSpot(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                         @RequestBody HazardRequests.OnTheSpot r) {
        return step(r, () -> loop.onTheSpot().rectify(user.actor(), id, r.description(), r.evidenceIds(),
                r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/extension")
    @Operation(summary = "延期申请: the enterprise applies with `reasons` for `requestedDeadline`, while ORDERED or"
            + " RECTIFYING and not after the deadline; one application waits at a time")
    HazardView applyForExtension(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                 @RequestBody HazardRequests.Extension r) {
        return step(r, () -> loop.applying().apply(user.actor(), id, r.reasons(), r.requestedDeadline(),
                r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/extension-decision")
    @Operation(summary = "延期审批 by a supervisor of the hazard's department: `approved` with `newDeadline`, or"
            + " refused; a `note`")
    HazardView decideExtension(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                               @RequestBody HazardRequests.Decision r) {
        return step(r, () -> loop.deciding().decide(user.actor(), id, r.approved(), r.newDeadline(), r.note(),
                r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/onsite-measures")
    @Operation(summary = "现场处理措施 for a major hazard: issues the numbered 现场处理措施决定书",
            description = "`measures`: WITHDRAW_WORKERS (撤出作业人员), SUSPEND_PRODUCTION (责令暂时停产停业),"
                    + " STOP_EQUIPMENT (停止使用相关设施设备); `detail`. In force until lifted after review.")
    HazardView decideOnsiteMeasures(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                    @RequestBody HazardRequests.OnsiteMeasures r) {
        return step(r, () -> loop.measures().decide(user.actor(), id, chosen(r.measures()), r.detail(),
                r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/onsite-measures-lift")
    @Operation(summary = "Lift the on-site measures in force after review (审查同意): a supervisor of the hazard's"
            + " department, with the `review`'s findings")
    HazardView liftOnsiteMeasures(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                  @RequestBody HazardRequests.Lift r) {
        return step(r, () -> loop.measures().lift(user.actor(), id, r.review(), r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/grade-change")
    @Operation(summary = "Ask to lower a major hazard to `grade` GENERAL, with a `reason`; a supervisor decides")
    HazardView requestGradeChange(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                  @RequestBody HazardRequests.GradeChange r) {
        return step(r, () -> loop.lowering().request(user.actor(), id,
                HazardRequests.parse(HazardGrade.class, r.grade(), "grade"), r.reason(), r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/grade-change-decision")
    @Operation(summary = "A supervisor of the hazard's department, not the one who asked, approves (the grade is"
            + " lowered) or refuses the lowering; a `note`")
    HazardView decideGradeChange(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                 @RequestBody HazardRequests.Decision r) {
        return step(r, () -> loop.lowering().decide(user.actor(), id, r.approved(), r.note(), r.version()));
    }

    @PostMapping("/api/v1/hazards/{id}/evidence")
    @Operation(summary = "Attach evidence to an open hazard: multipart `file` (image, audio, video, PDF)",
            description = "201 with `id`, `sha256`, `contentType`, `size`; by the department's staff or the"
                    + " enterprise's account. Reports cite the ids.")
    ResponseEntity<EvidenceReceipt> attach(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                           @RequestParam(required = false) MultipartFile file) {
        try (InputStream in = open(file)) {
            Evidence e = loop.evidence().attach(user.actor(), id, file == null ? null : file.getOriginalFilename(),
                    in);
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/api/v1/evidence/{id}").buildAndExpand(e.getId()).toUri()).body(EvidenceReceipt.of(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/hazards/{id}/evidence")
    @Operation(summary = "The evidence of a hazard, in the order attached, with their SHA-256")
    List<EvidenceReceipt> evidence(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return loop.evidence().of(user.actor(), id).stream().map(EvidenceReceipt::of).toList();
    }

    /** The measures named, each parsed (an unknown one refused on the field). */
    private static Set<OnsiteMeasure> chosen(List<String> measures) {
        Set<OnsiteMeasure> chosen = EnumSet.noneOf(OnsiteMeasure.class);
        if (measures != null) {
            for (String m : measures) {
                OnsiteMeasure parsed = HazardRequests.parse(OnsiteMeasure.class, m, "measures");
                if (parsed != null) {
                    chosen.add(parsed);
                }
            }
        }
        return chosen;
    }

    /** A step's shape: the body must be there; the one use case's answer is the hazard as the caller reads it. */
    private HazardView step(Object request, Supplier<HazardFiles.HazardFile> act) {
        HazardRequests.require(request);
        return HazardView.of(act.get(), zone);
    }

    private static InputStream open(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return null;
        }
        return file.getInputStream();
    }
}
