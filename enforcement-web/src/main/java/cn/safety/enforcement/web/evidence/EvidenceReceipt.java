package cn.safety.enforcement.web.evidence;

import cn.safety.enforcement.domain.evidence.Evidence;

/**
 * What an upload answers (201): the evidence id, the SHA-256 computed while the file was stored (lower-case hex), the
 * media type detected from the content, the size in bytes, and the file name kept.
 */
public record EvidenceReceipt(long id, String sha256, String contentType, long size, String fileName, String kind) {

    public static EvidenceReceipt of(Evidence e) {
        return new EvidenceReceipt(e.getId(), e.getSha256(), e.getContentType(), e.getSize(), e.getFileName(),
                e.getKind().name());
    }
}
