package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.AddressedTo;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.OfEnterprise;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads issued documents under the jurisdiction of the department that issued them and the place they concern: one
 * outside the reader's scope reads as one that does not exist. The PDF is handed out only after its bytes were found
 * to match the hash taken when it was issued. The account of the enterprise a document was served on reads it too
 * (the policy's rule for records {@link OfEnterprise}); no other enterprise does. A document addressed to another
 * department (the 挂牌督办通知书 of the department above) is read by that department, which must act on it (the policy's
 * rule for records {@link AddressedTo}), and by no enterprise.
 */
@Service
@Transactional(readOnly = true)
public class ReadingDocuments {

    private final IssuedDocuments documents;
    private final ServedEnterprises served;
    private final AddressedDepartments addressed;
    private final JurisdictionPolicy policy;

    public ReadingDocuments(IssuedDocuments documents, ServedEnterprises served, AddressedDepartments addressed,
                            JurisdictionPolicy policy) {
        this.documents = documents;
        this.served = served;
        this.addressed = addressed;
        this.policy = policy;
    }

    /** A document as served on an enterprise: under the issuing department's jurisdiction, and of that enterprise. */
    record ServedOn(IssuedDocument document, long enterpriseId) implements UnderJurisdiction, OfEnterprise {

        @Override
        public long assignedDepartmentId() {
            return document.assignedDepartmentId();
        }

        @Override
        public Location location() {
            return document.location();
        }

        @Override
        public Long townshipId() {
            return document.townshipId();
        }
    }

    /** A document as addressed to a department: under the issuing department's jurisdiction, and read by that one. */
    record AddressedOn(IssuedDocument document, long addressedDepartmentId) implements UnderJurisdiction, AddressedTo {

        @Override
        public long assignedDepartmentId() {
            return document.assignedDepartmentId();
        }

        @Override
        public Location location() {
            return document.location();
        }

        @Override
        public Long townshipId() {
            return document.townshipId();
        }
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

    /** Whether the actor reads the document (a page offers its link only then). */
    public boolean canRead(Actor actor, long id) {
        return documents.findById(id).map(d -> policy.canRead(actor, asRead(d))).orElse(false);
    }

    private IssuedDocument readable(Actor actor, long id) {
        IssuedDocument d = documents.findById(id).orElseThrow(() -> new NotFound("IssuedDocument", id));
        policy.requireCanRead(actor, asRead(d));
        return d;
    }

    /** The document as its readers are decided: addressed to a department, served on an enterprise, or itself. */
    private UnderJurisdiction asRead(IssuedDocument d) {
        long id = d.getId();
        return d.getType().addressedToDepartment()
                ? addressed.departmentAddressedBy(id)
                        .<UnderJurisdiction>map(department -> new AddressedOn(d, department)).orElse(d)
                : served.enterpriseServedWith(id)
                        .<UnderJurisdiction>map(enterprise -> new ServedOn(d, enterprise)).orElse(d);
    }
}
