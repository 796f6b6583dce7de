package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentRequest;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.document.Party;
import cn.safety.enforcement.domain.evidence.EvidenceContent;
import cn.safety.enforcement.domain.evidence.ReadingEvidence;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

/**
 * 完成检查 (R13): once {@link CompletionRules} are met, issues the numbered 现场检查记录 (the party frozen from the
 * enterprise as of today) and completes the inspection, in one transaction: the number is consumed exactly when the
 * inspection is completed. The inspection's row is locked first, so that a second completion (a double click) waits and
 * is then refused as the completed inspection it finds: never two records.
 */
@Service
@Transactional
public class CompletingInspection {

    /** The subject kind of documents about an inspection. */
    public static final String SUBJECT_KIND = "INSPECTION";

    private final Inspections inspections;
    private final InspectionLocks locks;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final IssuingDocuments issuing;
    private final ReadingEvidence evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CompletingInspection(Inspections inspections, InspectionLocks locks, InspectionAccess access,
                                InspectionFiles files, IssuingDocuments issuing, ReadingEvidence evidence,
                                ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.locks = locks;
        this.access = access;
        this.files = files;
        this.issuing = issuing;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    public IssuedDocument complete(Actor actor, long id) {
        locks.lock(id);
        Inspection i = access.toAct(actor, id, null);
        SiteRecordingPolicy.require(actor, i);
        CompletionRules.require(i);
        InspectionFiles.InspectionFile file = files.of(actor, i);
        Instant now = clock.instant();
        DocumentContent content = InspectionRecordContent.of(i, file.enterprise(), file.departmentName(), now,
                clock.getZone(), evidenceId -> bytes(actor, evidenceId));
        IssuedDocument document = issuing.issue(actor, DocumentRequest.of(DocumentType.INSPECTION_RECORD, i,
                SUBJECT_KIND, i.getId(), Party.of(file.enterprise()), content));
        InspectionCompleted completed = i.complete(document.getId(), document.getNumber(), now);
        inspections.save(i);
        events.publishEvent(completed);
        return document;
    }

    private byte[] bytes(Actor actor, long evidenceId) {
        try (EvidenceContent c = evidence.open(actor, evidenceId); InputStream in = c.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
