package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.evidence.AttachingEvidence;
import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.EvidenceOwner;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.io.InputStream;
import java.util.List;

/**
 * Evidence of a hazard (R14): photos of the hazard and of its rectification, expert reports; attached by the
 * department's staff or by the enterprise's account while the hazard is open, and cited by the reports. The check runs
 * in a short transaction; the file then streams into the store holding no database connection.
 */
@Service
public class CollectingHazardEvidence {

    private final HazardAccess access;
    private final AttachingEvidence attaching;
    private final HazardEvidence evidence;
    private final TransactionOperations transactions;

    public CollectingHazardEvidence(HazardAccess access, AttachingEvidence attaching, HazardEvidence evidence,
                                    TransactionOperations transactions) {
        this.access = access;
        this.attaching = attaching;
        this.evidence = evidence;
        this.transactions = transactions;
    }

    public Evidence attach(Actor actor, long id, String fileName, InputStream content) {
        EvidenceOwner owner = transactions.execute(status -> {
            Hazard h = access.toActForEnterprise(actor, id, null);
            if (!h.getStatus().open()) {
                throw new Conflict("state", "hazard.evidence.closed");
            }
            return new EvidenceOwner(EvidenceOwner.HAZARD, h.getId(), h);
        });
        return attaching.attachForEnterprise(actor, owner, fileName, content);
    }

    /** The evidence of a hazard the actor reads, in the order attached. */
    public List<Evidence> of(Actor actor, long id) {
        return transactions.execute(status -> evidence.of(access.toRead(actor, id)));
    }
}
