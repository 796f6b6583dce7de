package cn.safety.enforcement.web.evidence;

import cn.safety.enforcement.domain.evidence.ReadingEvidence;
import cn.safety.enforcement.domain.evidence.WithdrawingEvidence;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

@RestController
@Tag(name = "evidence", description = "证据 (R14, 000§(二十) 全过程记录): photos, audio, video and PDFs attached to a"
        + " record, typed by their content, kept with the SHA-256 computed while they were stored and checked before"
        + " every download; never replaced nor deleted, only withdrawn with a reason")
class EvidenceApi {

    private final ReadingEvidence reading;
    private final WithdrawingEvidence withdrawing;
    private final EvidenceUploads uploads;
    private final ZoneId zone;

    EvidenceApi(ReadingEvidence reading, WithdrawingEvidence withdrawing, EvidenceUploads uploads, Clock clock) {
        this.reading = reading;
        this.withdrawing = withdrawing;
        this.uploads = uploads;
        this.zone = clock.getZone();
    }

    @GetMapping("/api/v1/evidence/{id}")
    @Operation(summary = "The file, as stored, once its SHA-256 is checked",
            description = "Content-Type as detected when it was attached; Content-Disposition with the UTF-8 file name;"
                    + " the hash in `Repr-Digest: sha-256=:<base64>:`, `Digest: sha-256=<base64>` and"
                    + " `X-Content-SHA256: <hex>`; `X-Evidence-Withdrawn: true` when withdrawn. 409 (problem detail)"
                    + " when the stored file no longer has the recorded hash: it is never served. 404 when the"
                    + " evidence does not exist or lies outside the caller's scope.")
    void file(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        EvidenceDownloads.write(reading.open(user.actor(), id), false, response);
    }

    @GetMapping("/api/v1/evidence/{id}/meta")
    @Operation(summary = "The record of one piece of evidence: owner, file name, detected type, size, SHA-256, who"
            + " uploaded it and when, withdrawal; 404 outside the caller's scope")
    EvidenceView meta(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return EvidenceView.of(reading.get(user.actor(), id), zone);
    }

    @PostMapping("/api/v1/evidence/{id}/withdrawal")
    @Operation(summary = "Withdraw evidence with a reason (inspectors and supervisors of its department)",
            description = "The file stays in the store and stays readable, marked withdrawn. 400 without a reason;"
                    + " 409 when already withdrawn; 404 outside the caller's scope; 403 for evidence the caller reads"
                    + " but does not act on.")
    EvidenceView withdraw(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                          @RequestBody(required = false) WithdrawalRequest request) {
        return EvidenceView.of(withdrawing.withdraw(user.actor(), id, request == null ? null : request.reason()),
                zone);
    }

    @PostMapping("/api/v1/enterprises/{id}/evidence")
    @Operation(summary = "Attach a document to the enterprise file (一企一档): multipart `file`",
            description = "201 with `id`, `sha256`, `contentType`, `size`. The type is detected from the content:"
                    + " images (JPEG, PNG, WebP, HEIC), audio (MP3, M4A/AAC, WAV, AMR), video (MP4, QuickTime, 3GP) and"
                    + " PDF; anything else (a program renamed .jpg) is refused on `file`, as is a file over its kind's"
                    + " size limit. 404 for an enterprise outside the caller's scope, 403 for one the caller reads"
                    + " but does not act on.")
    ResponseEntity<EvidenceReceipt> attachToEnterprise(@AuthenticationPrincipal EnforcementUser user,
                                                       @PathVariable long id,
                                                       @RequestParam(required = false) MultipartFile file) {
        return EvidenceUploads.created(uploads.attachToEnterprise(user.actor(), id, file));
    }

    @GetMapping("/api/v1/enterprises/{id}/evidence")
    @Operation(summary = "The documents of the enterprise file, in the order attached, withdrawn ones included;"
            + " 404 outside the caller's scope")
    List<EvidenceView> ofEnterprise(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return reading.ofEnterprise(user.actor(), id).stream().map(e -> EvidenceView.of(e, zone)).toList();
    }
}
