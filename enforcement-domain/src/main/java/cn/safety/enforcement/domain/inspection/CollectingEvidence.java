package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.evidence.AttachingEvidence;
import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.EvidenceOwner;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.io.InputStream;
import java.util.List;

/**
 * Evidence at the site (R14): a photo, recording, video or PDF attached to an inspection in progress, or to the result
 * of one of its checklist items. The check runs in a short transaction; the file then streams into the store through
 * {@link AttachingEvidence} holding no database connection.
 */
@Service
public class CollectingEvidence {

    private final InspectionAccess access;
    private final AttachingEvidence attaching;
    private final InspectionEvidence evidence;
    private final TransactionOperations transactions;

    public CollectingEvidence(InspectionAccess access, AttachingEvidence attaching, InspectionEvidence evidence,
                              TransactionOperations transactions) {
        this.access = access;
        this.attaching = attaching;
        this.evidence = evidence;
        this.transactions = transactions;
    }

    /** {@code checklistItemId} null: the inspection's own evidence. */
    public Evidence attach(Actor actor, long id, Long checklistItemId, String fileName, InputStream content) {
        EvidenceOwner owner = transactions.execute(status -> {
            Inspection i = access.toAct(actor, id, null);
            SiteRecordingPolicy.require(actor, i);
            i.requireInProgress("attach");
            if (checklistItemId == null) {
                return new EvidenceOwner(EvidenceOwner.INSPECTION, i.getId(), i);
            }
            InspectionResult r = i.result(checklistItemId)
                    .orElseThrow(() -> new NotFound("checklistItem", checklistItemId));
            return new EvidenceOwner(EvidenceOwner.CHECKLIST_RESULT, r.getId(), i);
        });
        return attaching.attach(actor, owner, fileName, content);
    }

    /** Every piece of evidence of an inspection the actor reads (its own, its results', its signatures'). */
    public List<Evidence> of(Actor actor, long id) {
        return transactions.execute(status -> {
            Inspection i = access.toRead(actor, id);
            return evidence.of(i.getId());
        });
    }
}
