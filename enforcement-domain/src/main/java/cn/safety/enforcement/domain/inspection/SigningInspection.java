package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.evidence.AttachingEvidence;
import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.EvidenceKind;
import cn.safety.enforcement.domain.evidence.EvidenceOwner;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * 签名 (R13): a signature drawn on the phone's screen, kept as evidence with its hash (a PNG or JPEG image, as its
 * content shows), then recorded on the inspection in its role. An inspector's signature is one of the named
 * inspectors'. Who may sign and the name are checked before the image is stored.
 */
@Service
public class SigningInspection {

    /** Signature images: PNG or JPEG only, whatever else the evidence store accepts as images. */
    static final Set<String> SIGNATURE_TYPES = Set.of("image/png", "image/jpeg");

    private final Inspections inspections;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final AttachingEvidence attaching;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public SigningInspection(Inspections inspections, InspectionAccess access, InspectionFiles files,
                             AttachingEvidence attaching, ApplicationEventPublisher events,
                             TransactionOperations transactions, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.files = files;
        this.attaching = attaching;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The signature's evidence and the inspection as it now stands. */
    public record Signed(Evidence evidence, InspectionFiles.InspectionFile file) {
    }

    public Signed sign(Actor actor, long id, String role, String name, String fileName, InputStream image) {
        SignatureRole parsed = parse(role);
        EvidenceOwner owner = transactions.execute(status -> {
            Inspection i = access.toAct(actor, id, null);
            SiteRecordingPolicy.require(actor, i);
            i.signerName(parsed, name);
            return new EvidenceOwner(EvidenceOwner.SIGNATURE, i.getId(), i);
        });
        Set<String> allowed = new HashSet<>(attaching.typesOf(EvidenceKind.IMAGE));
        allowed.retainAll(SIGNATURE_TYPES);
        Evidence e = attaching.attach(actor, owner, fileName, image, allowed);
        return transactions.execute(status -> {
            Inspection i = access.toAct(actor, id, null);
            InspectionSigned signed = i.sign(parsed, name, e.getId(), actor.username(), clock.instant());
            Inspection saved = inspections.save(i);
            events.publishEvent(signed);
            return new Signed(e, files.of(actor, saved));
        });
    }

    static SignatureRole parse(String role) {
        if (role == null || role.isBlank()) {
            throw new RuleViolation("role", "inspection.signature.role.required");
        }
        try {
            return SignatureRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("role", "inspection.signature.role.unknown");
        }
    }
}
