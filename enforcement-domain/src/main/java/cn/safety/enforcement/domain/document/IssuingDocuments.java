package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Issues a numbered document (R13) in the caller's transaction, or in its own: the actor must act on the subject (its
 * department issues the document), the number is the next of the department's counter for the type and the year of
 * issue, read through the department's pattern, and the PDF is rendered with that number, hashed and stored with the
 * party and content frozen. The document is laid out before the number is taken and only the number is printed while
 * the department's counter is held (it stays held until the transaction commits, so that issues queue on it: no gap,
 * no duplicate). A correction names the document it corrects: same department, type and subject, one
 * correction per document. Publishes {@link DocumentIssued}.
 * <p>Calls from another use case (e.g. completing an inspection) join that use case's transaction, so that the number
 * is consumed exactly when the whole act commits.
 */
@Service
@Transactional
public class IssuingDocuments {

    private final IssuedDocuments documents;
    private final DocumentCounters counters;
    private final DocumentNumberings numberings;
    private final Departments departments;
    private final DocumentRenderer renderer;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public IssuingDocuments(IssuedDocuments documents, DocumentCounters counters, DocumentNumberings numberings,
                            Departments departments, DocumentRenderer renderer, JurisdictionPolicy policy,
                            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.counters = counters;
        this.numberings = numberings;
        this.departments = departments;
        this.renderer = renderer;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public IssuedDocument issue(Actor actor, DocumentRequest request) {
        requireComplete(request);
        policy.requireCanAct(actor, request.subject());
        IssuingRights.requireIssues(actor);
        long departmentId = request.subject().assignedDepartmentId();
        Department department = departments.findById(departmentId)
                .orElseThrow(() -> new NotFound("Department", departmentId));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        NumberPattern pattern = numberings.findByDepartmentIdAndType(departmentId, request.type())
                .map(DocumentNumbering::pattern).orElse(NumberPattern.DEFAULT);

        // laid out before the number is taken: the counter row, once taken, is held until the transaction ends
        String correctsNumber = request.correctsId() == null ? null : correctable(actor, request);
        try (DocumentRenderer.Prepared prepared = renderer.prepare(
                new Letterhead(department.getName(), null, printed(today), correctsNumber), request.content())) {
            int serial = counters.next(departmentId, request.type(), today.getYear());
            if (request.correctsId() != null) {
                // checked again now that issues of this type queue on the counter: a correction raced by another
                correctable(actor, request);
            }
            String number = pattern.format(today.getYear(), serial, request.type());
            byte[] pdf = prepared.numbered(number);
            IssuedDocument saved = documents.insert(IssuedDocument.issue(request, today.getYear(), serial, number,
                    sha256(pdf), actor.username(), now), pdf);
            events.publishEvent(DocumentIssued.of(saved));
            return saved;
        }
    }

    private static void requireComplete(DocumentRequest request) {
        if (request == null || request.subject() == null || request.subjectKind() == null
                || request.subjectKind().isBlank() || request.subjectId() == null) {
            throw new IllegalArgumentException("a document request names its subject");
        }
        if (request.type() == null) {
            throw new RuleViolation("type", "document.type.required");
        }
        if (request.party() == null || request.party().name() == null || request.party().name().isBlank()) {
            throw new RuleViolation("party", "document.party.required");
        }
        if (request.content() == null) {
            throw new RuleViolation("content", "document.content.required");
        }
    }

    /** The number of the document to correct, after checking that this request may correct it. */
    private String correctable(Actor actor, DocumentRequest request) {
        IssuedDocument old = documents.findById(request.correctsId()).filter(d -> policy.canRead(actor, d))
                .orElseThrow(() -> new RuleViolation("correctsId", "document.corrects.unknown"));
        if (old.getDepartmentId() != request.subject().assignedDepartmentId() || old.getType() != request.type()
                || !old.getSubjectKind().equals(request.subjectKind())
                || old.getSubjectId() != request.subjectId()) {
            throw new RuleViolation("correctsId", "document.corrects.otherSubject");
        }
        documents.correctionOf(old.getId()).flatMap(documents::numberOf).ifPresent(n -> {
            throw new Conflict("correctsId", "document.corrects.alreadyCorrected", n);
        });
        return old.getNumber();
    }

    /** The date as Chinese documents print it: 2026年3月5日. */
    public static String printed(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
