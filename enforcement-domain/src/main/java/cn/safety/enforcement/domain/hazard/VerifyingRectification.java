package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.document.DocumentRequest;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.document.Party;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 核查 (整改复查, R13): the department re-checks a reported rectification and issues the numbered 整改复查意见书 in the
 * same transaction: accepted, the hazard is closed (销号); rejected, it is rectifying again by the new deadline.
 */
@Service
@Transactional
public class VerifyingRectification {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final IssuingDocuments issuing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public VerifyingRectification(Hazards hazards, HazardAccess access, HazardFiles files, IssuingDocuments issuing,
                                  ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.issuing = issuing;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile verify(Actor actor, long id, Boolean accepted, String opinion,
                                         LocalDate newDeadline, Long seenVersion) {
        Hazard h = access.toAct(actor, id, seenVersion);
        LocalDate today = LocalDate.now(clock);
        Hazard.Verification v = h.prepareVerification(accepted, opinion, newDeadline, today);
        HazardFiles.HazardFile file = files.of(actor, h);
        IssuedDocument document = issuing.issue(actor, DocumentRequest.of(DocumentType.RECHECK_OPINION, h,
                HazardDocuments.SUBJECT_KIND, h.getId(), Party.of(file.enterprise()),
                HazardDocuments.recheckOpinion(h, file.enterprise(), file.departmentName(), v, today)));
        HazardVerified verified = h.verify(v, document.getId(), document.getNumber(), actor.username(),
                clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(verified);
        return files.of(actor, saved);
    }
}
