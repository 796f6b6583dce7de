package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.document.DocumentRequest;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.document.Party;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.notification.NotificationKind;
import cn.safety.enforcement.domain.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 挂牌督办 (004§23, 000§(九)): the department one level above the hazard's department lists a major or overdue hazard
 * under its supervision and issues the numbered 挂牌督办通知书 (its requirements and deadline) in the same transaction;
 * the hazard's department is notified. The hazard must be readable (the department above reads below), and the actor
 * a supervisor of exactly that department above ({@link SupervisionRights}).
 */
@Service
@Transactional
public class SupervisingHazard {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final Departments departments;
    private final IssuingDocuments issuing;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SupervisingHazard(Hazards hazards, HazardAccess access, HazardFiles files, Departments departments,
                             IssuingDocuments issuing, Notifications notifications,
                             ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.departments = departments;
        this.issuing = issuing;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile supervise(Actor actor, long id, String requirements, LocalDate deadline,
                                            Long seenVersion) {
        Hazard h = access.toRead(actor, id);
        Department own = departments.findById(h.getDepartmentId())
                .orElseThrow(() -> new NotFound("department", h.getDepartmentId()));
        SupervisionRights.requireSupervises(actor, own);
        if (seenVersion != null) {
            StaleVersion.check("hazard", h.getId(), seenVersion, h.getVersion());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Hazard.SupervisionNotice notice = h.prepareSupervision(requirements, deadline, today);
        HazardFiles.HazardFile file = files.of(actor, h);
        String supervising = departments.findById(actor.departmentId()).map(Department::getName).orElse("");
        IssuedDocument document = issuing.issue(actor, DocumentRequest.of(DocumentType.SUPERVISION_NOTICE,
                SupervisionNotices.Subject.of(h, actor.departmentId()), HazardDocuments.SUBJECT_KIND, h.getId(),
                Party.of(file.enterprise()),
                SupervisionNotices.content(h, file.enterprise(), own, supervising, notice, today)));
        HazardSupervised supervised = h.supervise(notice, actor.departmentId(), document.getId(),
                document.getNumber(), actor.username(), now);
        Hazard saved = hazards.save(h);
        events.publishEvent(supervised);
        notifications.toHazardDepartment(saved.getId(), NotificationKind.HAZARD_SUPERVISED, notice.deadline(), now);
        return files.of(actor, saved);
    }
}
