package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprisefile.FileEntry;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One entry of the enterprise's time line (一企一档) as the page and the API show it. {@code kind} is INSPECTION,
 * DOCUMENT, HAZARD, ACCIDENT or ASSIGNMENT; {@code code}, {@code state}, {@code title}, {@code note} and {@code until}
 * mean, per kind: INSPECTION kind, status, —, —, completed at; DOCUMENT type, —, number, —, —; HAZARD grade, status,
 * description, —, deadline; ACCIDENT GB 6441 category, grade, place, —, —; ASSIGNMENT kind (INITIAL, REASSIGNED,
 * TAKEN_OVER, DESIGNATION), —, the department before, reason, —. {@code link} opens the record, when the reader may.
 */
public record FileEntryView(String kind, long id, OffsetDateTime at, Long departmentId, String departmentName,
                            String code, String state, String title, String note, OffsetDateTime until, Long refId,
                            String link) {

    /** The element id of the entry on the page. */
    public String anchor() {
        return "file-" + kind.toLowerCase(java.util.Locale.ROOT) + "-" + id;
    }

    /** With the links of the pages; the enterprise's own account gets none into the department's records. */
    static FileEntryView forPage(FileEntry e, long enterpriseId, ZoneId zone, boolean departmentReader) {
        String link = !departmentReader ? null : switch (e.kind()) {
            case INSPECTION -> "/inspections/" + e.id();
            case DOCUMENT -> "/api/v1/documents/" + e.id() + "/pdf";
            // the hazard pages are still to come; their detail page goes here
            case HAZARD -> null;
            case ACCIDENT -> "/enterprises/" + enterpriseId + "#accident-" + e.id();
            case ASSIGNMENT -> null;
        };
        return of(e, zone, link);
    }

    /** With the links of the API. */
    static FileEntryView forApi(FileEntry e, ZoneId zone, boolean departmentReader) {
        String link = !departmentReader ? null : switch (e.kind()) {
            case INSPECTION -> "/api/v1/inspections/" + e.id();
            case DOCUMENT -> "/api/v1/documents/" + e.id() + "/pdf";
            case HAZARD -> "/api/v1/hazards/" + e.id();
            case ACCIDENT -> "/api/v1/accidents/" + e.id();
            case ASSIGNMENT -> null;
        };
        return of(e, zone, link);
    }

    private static FileEntryView of(FileEntry e, ZoneId zone, String link) {
        return new FileEntryView(e.kind().name(), e.id(), at(e.at(), zone), e.departmentId(), e.departmentName(),
                e.code(), e.state(), e.title(), e.note(), at(e.until(), zone), e.refId(), link);
    }

    private static OffsetDateTime at(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
