package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.document.IssuedDocument;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The 现场检查记录 issued on completion: the document's id, its number (e.g. 冀正应急检记〔2026〕15号), type, year and
 * serial, when it was issued, the SHA-256 of its PDF and where the PDF is.
 */
public record IssuedRecord(long id, String number, String type, int year, int serial, long inspectionId,
                           OffsetDateTime issuedAt, String issuedBy, String pdfSha256, String pdf) {

    static IssuedRecord of(IssuedDocument d, ZoneId zone) {
        return new IssuedRecord(d.getId(), d.getNumber(), d.getType().name(), d.getYear(), d.getSerial(),
                d.getSubjectId(), d.getIssuedAt().atZone(zone).toOffsetDateTime(), d.getIssuedBy(), d.getPdfSha256(),
                "/api/v1/documents/" + d.getId() + "/pdf");
    }
}
