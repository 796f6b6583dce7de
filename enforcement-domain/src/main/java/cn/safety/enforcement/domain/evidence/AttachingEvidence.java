package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;

/**
 * Attaches a file as evidence to a record the actor acts on (R14, 000§(二十)): the type is detected from the content
 * and must be one of the accepted kinds, the file streams into the {@link EvidenceStore} (never whole in memory) within
 * its kind's size limit while its SHA-256 is computed, and the evidence is recorded with one
 * {@link EvidenceAttached} entry.
 * <p>The file is stored before the record is written, outside any transaction of this class, so that a long upload
 * holds no database connection; should the record then fail, the file stays unreferenced in the store (never
 * served, since every read starts from a record) rather than a record pointing at nothing.
 */
@Service
public class AttachingEvidence {

    /** Enough for every detector to see the headers it looks for (MP4 and QuickTime boxes, RIFF chunks). */
    private static final int DETECTION_BUFFER = 64 * 1024;

    private final Evidences evidences;
    private final EvidenceStore store;
    private final ContentTypes contentTypes;
    private final AcceptedEvidence accepted;
    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public AttachingEvidence(Evidences evidences, EvidenceStore store, ContentTypes contentTypes,
                             AcceptedEvidence accepted, Enterprises enterprises, JurisdictionPolicy policy,
                             ApplicationEventPublisher events, TransactionOperations transactions, Clock clock) {
        this.evidences = evidences;
        this.store = store;
        this.contentTypes = contentTypes;
        this.accepted = accepted;
        this.enterprises = enterprises;
        this.policy = policy;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Attaches {@code content} (read to its end, not closed) to {@code owner}. The caller has checked that the actor
     * may act on the owner; it is checked again here, before a byte is read. A null {@code content} (no file sent) is
     * refused on {@code file} after that check.
     */
    public Evidence attach(Actor actor, EvidenceOwner owner, String fileName, InputStream content) {
        return attach(actor, owner, fileName, content, null);
    }

    /**
     * As {@link #attach(Actor, EvidenceOwner, String, InputStream)}, accepting only the media types in
     * {@code allowedTypes} (a subset of the accepted ones; e.g. {@link #typesOf typesOf(IMAGE)} for a signature);
     * null accepts every accepted type.
     */
    public Evidence attach(Actor actor, EvidenceOwner owner, String fileName, InputStream content,
                           Set<String> allowedTypes) {
        policy.requireCanAct(actor, owner.subject());
        EvidenceRights.requireAttaches(actor);
        return store(actor, owner, fileName, content, allowedTypes);
    }

    /**
     * Attaches what an enterprise hands in on a record that concerns it (its rectification's photos, an expert
     * report): through the enterprise's own account, or entered by the department's staff who act on the record
     * ({@link JurisdictionPolicy#requireCanActForEnterprise}).
     */
    public Evidence attachForEnterprise(Actor actor, EvidenceOwner owner, String fileName, InputStream content) {
        policy.requireCanActForEnterprise(actor, owner.subject());
        if (!actor.isEnterprise()) {
            EvidenceRights.requireAttaches(actor);
        }
        return store(actor, owner, fileName, content, null);
    }

    private Evidence store(Actor actor, EvidenceOwner owner, String fileName, InputStream content,
                           Set<String> allowedTypes) {
        if (content == null) {
            throw new RuleViolation("file", "evidence.file.required");
        }
        String name = Evidence.cleanFileName(fileName);
        InputStream in = content.markSupported() ? content : new BufferedInputStream(content, DETECTION_BUFFER);
        requireNotEmpty(in);
        String type = contentTypes.detect(in, name);
        EvidenceKind kind = accepted.kindOf(type).filter(k -> allowedTypes == null || allowedTypes.contains(type))
                .orElseThrow(() -> new RuleViolation("file", "evidence.file.typeRefused", type));
        StoredFile file = store.store(in, accepted.maxBytes(kind));
        return transactions.execute(status -> {
            Evidence e = evidences.save(Evidence.attach(owner, name, type, kind, file, actor.username(),
                    clock.instant()));
            events.publishEvent(EvidenceAttached.of(e));
            return e;
        });
    }

    /**
     * Attaches a document to an enterprise's file (一企一档). An enterprise the actor cannot see is refused as if it did
     * not exist; one the actor sees but does not act on as out of jurisdiction.
     */
    public Evidence attachToEnterprise(Actor actor, long enterpriseId, String fileName, InputStream content) {
        Enterprise e = enterprises.findById(enterpriseId).filter(x -> policy.canRead(actor, x))
                .orElseThrow(() -> new NotFound("Enterprise", enterpriseId));
        return attach(actor, EvidenceOwner.enterprise(e), fileName, content);
    }

    /** The media types accepted for one kind, to narrow {@link #attach(Actor, EvidenceOwner, String, InputStream, Set)}. */
    public Set<String> typesOf(EvidenceKind kind) {
        return accepted.mediaTypes(kind);
    }

    private static void requireNotEmpty(InputStream in) {
        try {
            in.mark(1);
            boolean empty = in.read() < 0;
            in.reset();
            if (empty) {
                throw new RuleViolation("file", "evidence.file.empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
