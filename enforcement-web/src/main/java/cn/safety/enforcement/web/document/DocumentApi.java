package cn.safety.enforcement.web.document;

import cn.safety.enforcement.domain.document.ReadingDocuments;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;

@RestController
@Tag(name = "documents", description = "Numbered enforcement documents (R13): issued by the subject's department, numbered"
        + " per department, type and year without gaps, locked once issued with the party as on that day; a"
        + " correction is a new document naming the one it corrects")
class DocumentApi {

    private final ReadingDocuments reading;
    private final ZoneId zone;

    DocumentApi(ReadingDocuments reading, Clock clock) {
        this.reading = reading;
        this.zone = clock.getZone();
    }

    @GetMapping("/api/v1/documents/{id}")
    @Operation(summary = "One issued document: number, type, party as frozen on the day of issue, the document it"
            + " corrects (`correctsId`) and the one that corrected it (`correctedById`), and the PDF's SHA-256; 404"
            + " when it does not exist or lies outside the caller's scope")
    DocumentView get(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        return DocumentView.of(reading.get(user.actor(), id), zone);
    }

    @GetMapping("/api/v1/documents/{id}/pdf")
    @Operation(summary = "The PDF exactly as issued (its hash checked before it is sent; `Repr-Digest` and `ETag`"
            + " carry it); 404 when the document does not exist or lies outside the caller's scope",
            responses = @ApiResponse(responseCode = "200", description = "the PDF",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        ReadingDocuments.Read read = reading.get(user.actor(), id);
        byte[] pdf = reading.pdf(user.actor(), id);
        String sha = read.document().getPdfSha256();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.inline()
                .filename(read.document().getNumber() + ".pdf", StandardCharsets.UTF_8).build());
        headers.setETag("\"" + sha + "\"");
        headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha))
                + ":");
        headers.setCacheControl("private, no-transform");
        return ResponseEntity.ok().headers(headers).body(pdf);
    }
}
