package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.EvidenceOwner;
import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.InspectionResult;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One piece of evidence of an inspection: the file's record and what it belongs to, {@code checklistItemId} when it is a
 * result's, {@code signature} true for a signature image; a withdrawn one with the reason given.
 */
public record SiteEvidence(long id, String fileName, String contentType, String kind, long size, String sha256,
                           Long checklistItemId, boolean signature, String uploadedBy, OffsetDateTime uploadedAt,
                           boolean withdrawn, String withdrawalReason) {

    static List<SiteEvidence> of(Inspection i, List<Evidence> evidence, ZoneId zone) {
        Map<Long, Long> itemOfResult = i.getResults().stream()
                .collect(Collectors.toMap(InspectionResult::getId, InspectionResult::getChecklistItemId));
        return evidence.stream().map(e -> new SiteEvidence(e.getId(), e.getFileName(), e.getContentType(),
                e.getKind().name(), e.getSize(), e.getSha256(),
                EvidenceOwner.CHECKLIST_RESULT.equals(e.getOwnerKind()) ? itemOfResult.get(e.getOwnerId()) : null,
                EvidenceOwner.SIGNATURE.equals(e.getOwnerKind()), e.getUploadedBy(),
                e.getUploadedAt().atZone(zone).toOffsetDateTime(), e.isWithdrawn(), e.getWithdrawalReason())).toList();
    }

    static Map<Long, SiteEvidence> byId(List<SiteEvidence> all) {
        return all.stream().collect(Collectors.toMap(SiteEvidence::id, Function.identity()));
    }
}
