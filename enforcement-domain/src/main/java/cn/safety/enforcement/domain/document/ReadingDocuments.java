package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads issued documents under the jurisdiction of the department that issued them and the place they concern: one
 * outside the reader's scope reads as one that does not exist. The PDF is handed out only after its bytes were found
 * to match the hash taken when it was issued.
 */
@Service
@Transactional(readOnly = true)
public class ReadingDocuments {

    private final IssuedDocuments documents;
    private final JurisdictionPolicy policy;

    public ReadingDocuments(IssuedDocuments documents, JurisdictionPolicy policy) {
        this.documents = documents;
        this.policy = policy;
    }

    /** A document as the reader sees it, with the correction that replaced it, if any. */
    public record Read(IssuedDocument document, Long correctedById) {
    }

    public Read get(Actor actor, long id) {
        IssuedDocument d = readable(actor, id);
        return new Read(d, documents.correctionOf(id).orElse(null));
    }

    /** The PDF exactly as issued; refuses to hand out bytes that no longer match the issued hash. */
    public byte[] pdf(Actor actor, long id) {
        IssuedDocument d = readable(actor, id);
        byte[] pdf = documents.pdfOf(id).orElseThrow(() -> new NotFound("IssuedDocument", id));
        if (!IssuingDocuments.sha256(pdf).equals(d.getPdfSha256())) {
            throw new DocumentDamaged(id);
        }
        return pdf;
    }

    private IssuedDocument readable(Actor actor, long id) {
        IssuedDocument d = documents.findById(id).orElseThrow(() -> new NotFound("IssuedDocument", id));
        policy.requireCanRead(actor, d);
        return d;
    }
}
