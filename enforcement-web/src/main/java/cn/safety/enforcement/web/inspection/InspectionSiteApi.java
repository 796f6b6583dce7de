package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.inspection.CollectingEvidence;
import cn.safety.enforcement.domain.inspection.CompletingInspection;
import cn.safety.enforcement.domain.inspection.ReadingInspections;
import cn.safety.enforcement.domain.inspection.RecordingResult;
import cn.safety.enforcement.domain.inspection.RecordingSignatureRefusal;
import cn.safety.enforcement.domain.inspection.SigningInspection;
import cn.safety.enforcement.web.evidence.EvidenceReceipt;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
import java.util.List;

@RestController
@Tag(name = "inspections at the site", description = "现场检查 (R13, R14): the checklist results, evidence (photos,"
        + " recordings, videos, PDFs) with their SHA-256, signatures drawn on the phone or the refusal to sign with a"
        + " witness, and completion, which issues the numbered 现场检查记录")
class InspectionSiteApi {

    private final RecordingResult results;
    private final CollectingEvidence evidence;
    private final SigningInspection signing;
    private final RecordingSignatureRefusal refusals;
    private final CompletingInspection completing;
    private final ReadingInspections reading;
    private final ZoneId zone;

    InspectionSiteApi(RecordingResult results, CollectingEvidence evidence, SigningInspection signing,
                      RecordingSignatureRefusal refusals, CompletingInspection completing,
                      ReadingInspections reading, Clock clock) {
        this.results = results;
        this.evidence = evidence;
        this.signing = signing;
        this.refusals = refusals;
        this.completing = completing;
        this.reading = reading;
        this.zone = clock.getZone();
    }

    @PutMapping("/api/v1/inspections/{id}/results/{checklistItemId}")
    @Operation(summary = "Record the result of one checklist item: `result` PASS (符合), FAIL (不符合) or"
            + " NOT_APPLICABLE (不适用), a `note`",
            description = "Only while IN_PROGRESS (409 naming the state otherwise), by an inspector named on the"
                    + " inspection or a supervisor of its department (403 otherwise). 404 for an item not among the"
                    + " inspection's checklists. `version` (optional) is the inspection's version seen: 409 when it"
                    + " changed meanwhile. A FAIL on a major item (重大事故隐患) answers `proposedHazard: MAJOR` on the"
                    + " result. Recording again corrects it.")
    InspectionView recordResult(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                @PathVariable long checklistItemId, @RequestBody SiteRequests.Result request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        return InspectionView.of(results.record(user.actor(), id, checklistItemId, request.result(),
                request.note(), request.version()), zone, null);
    }

    @PostMapping(path = "/api/v1/inspections/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach evidence to an inspection in progress: multipart `file`, optional `checklistItemId`"
            + " to attach it to that item's result",
            description = "201 with `id`, `sha256`, `contentType`, `size`. Streamed into the evidence store, typed by"
                    + " its content (images, audio, video, PDF), within its kind's size limit. 404 for an item not"
                    + " among the inspection's checklists; 409 when the inspection is not in progress.")
    ResponseEntity<EvidenceReceipt> attach(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                           @RequestParam(required = false) Long checklistItemId,
                                           @RequestParam(required = false) MultipartFile file) {
        try (InputStream in = open(file)) {
            return created(evidence.attach(user.actor(), id, checklistItemId, name(file), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/inspections/{id}/evidence")
    @Operation(summary = "The evidence of an inspection: its own, its results' (`checklistItemId`) and its"
            + " signatures (`signature`), in the order attached, with their SHA-256; 404 outside the caller's scope")
    List<SiteEvidence> evidence(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        List<Evidence> all = evidence.of(user.actor(), id);
        return SiteEvidence.of(reading.get(user.actor(), id).inspection(), all, zone);
    }

    @PostMapping(path = "/api/v1/inspections/{id}/signatures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Sign the 现场检查记录: multipart `file` (a PNG or JPEG image, as its content shows), `role`"
            + " INSPECTOR, ENTERPRISE_REPRESENTATIVE or WITNESS, `name`",
            description = "201 with the signature's evidence (`id`, `sha256`, `contentType`, `size`). An INSPECTOR"
                    + " signature names one of the inspection's inspectors (username or name), 400 on `name`"
                    + " otherwise; any other image type is refused on `file`. 409 when not in progress.")
    ResponseEntity<EvidenceReceipt> sign(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                         @RequestParam(required = false) String role,
                                         @RequestParam(required = false) String name,
                                         @RequestParam(required = false) MultipartFile file) {
        try (InputStream in = open(file)) {
            return created(signing.sign(user.actor(), id, role, name, name(file), in).evidence());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/api/v1/inspections/{id}/signature-refusal")
    @Operation(summary = "拒绝签字: the enterprise's representative refused to sign, recorded with a `witness` (and an"
            + " optional `note`); a witness's signature may follow")
    InspectionView refuseSignature(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                   @RequestBody SiteRequests.SignatureRefusal request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        return InspectionView.of(refusals.record(user.actor(), id, request.witness(), request.note()), zone, null);
    }

    @PostMapping("/api/v1/inspections/{id}/complete")
    @Operation(summary = "Complete the inspection: issues the numbered 现场检查记录 (PDF) and answers it (201)",
            description = "Refused with 409 listing what is missing in `errors`: a result for every checklist item,"
                    + " every inspector's signature, the enterprise's signature or its refusal with a witness, and"
                    + " for a key enterprise the three stages. A second call (a double click) waits for the first"
                    + " and is refused with 409 naming the state COMPLETED: never two records.")
    ResponseEntity<IssuedRecord> complete(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        IssuedRecord issued = IssuedRecord.of(completing.complete(user.actor(), id), zone);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/documents/{id}").buildAndExpand(issued.id()).toUri()).body(issued);
    }

    private static ResponseEntity<EvidenceReceipt> created(Evidence e) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/evidence/{id}").buildAndExpand(e.getId()).toUri()).body(EvidenceReceipt.of(e));
    }

    private static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    /** The upload (already on disk) as a stream, or null when no file was sent. */
    static InputStream open(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return null;
        }
        return file.getInputStream();
    }
}
