package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads evidence under its owner's jurisdiction (copied onto the evidence when it was attached): a reader who does not
 * see it is told it does not exist. Before a file is served its SHA-256 is computed again from the store and compared
 * with the one recorded: a file that differs (or is gone) is refused with {@link EvidenceTampered} and logged, never
 * served. Withdrawn evidence is still read, marked withdrawn.
 * <p>No transaction is held while a file is hashed or streamed.
 */
@Service
public class ReadingEvidence {

    private static final Logger log = LoggerFactory.getLogger(ReadingEvidence.class);

    private final Evidences evidences;
    private final EvidenceStore store;
    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;

    public ReadingEvidence(Evidences evidences, EvidenceStore store, Enterprises enterprises,
                           JurisdictionPolicy policy) {
        this.evidences = evidences;
        this.store = store;
        this.enterprises = enterprises;
        this.policy = policy;
    }

    /** The record of one piece of evidence (type, size, hash, who and when, withdrawal). */
    public Evidence get(Actor actor, long id) {
        Evidence e = evidences.findById(id).orElseThrow(() -> new NotFound("Evidence", id));
        policy.requireCanRead(actor, e);
        return e;
    }

    /** The evidence of an owner the actor reads, in the order attached, withdrawn included. */
    public List<Evidence> ofOwner(Actor actor, EvidenceOwner owner) {
        policy.requireCanRead(actor, owner.subject());
        return evidences.ofOwner(owner.kind(), owner.id());
    }

    /** The documents of an enterprise's file (owner kind ENTERPRISE); 404 for an enterprise the actor does not see. */
    public List<Evidence> ofEnterprise(Actor actor, long enterpriseId) {
        Enterprise e = enterprises.findById(enterpriseId).orElseThrow(() -> new NotFound("Enterprise", enterpriseId));
        return ofOwner(actor, EvidenceOwner.enterprise(e));
    }

    /** The evidence and its file, after checking that the file is exactly the one attached. */
    public EvidenceContent open(Actor actor, long id) {
        Evidence e = get(actor, id);
        verify(e);
        return new EvidenceContent(e, store.open(e.getStorageKey()));
    }

    private void verify(Evidence e) {
        String actual;
        long size = 0;
        try (InputStream in = store.open(e.getStorageKey())) {
            MessageDigest sha = sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                sha.update(buffer, 0, n);
                size += n;
            }
            actual = HexFormat.of().formatHex(sha.digest());
        } catch (IOException | UncheckedIOException | NotFound ex) {
            log.error("evidence {} refused: its file {} cannot be read from the store", e.getId(),
                    e.getStorageKey(), ex);
            throw new EvidenceTampered();
        }
        if (!actual.equals(e.getSha256()) || size != e.getSize()) {
            log.error("evidence {} refused: its file {} has SHA-256 {} and {} bytes where {} and {} bytes were"
                    + " recorded", e.getId(), e.getStorageKey(), actual, size, e.getSha256(), e.getSize());
            throw new EvidenceTampered();
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
