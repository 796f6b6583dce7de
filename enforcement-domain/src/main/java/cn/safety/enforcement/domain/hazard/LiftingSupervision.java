package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.notification.NotificationKind;
import cn.safety.enforcement.domain.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.Clock;

/**
 * 摘牌: the supervising department alone lifts the listing, and only once the hazard is closed (销号); before that the
 * answer is a conflict naming the hazard's state. A hazard never supervised cannot be lifted: refused as acting out of
 * place for anyone but the department above, as a conflict for it.
 */
@Service
@Transactional
public class LiftingSupervision {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final Departments departments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LiftingSupervision(Hazards hazards, HazardAccess access, HazardFiles files, Departments departments,
                              Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.departments = departments;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile lift(Actor actor, long id, Long seenVersion) {
        Hazard h = access.toRead(actor, id);
        if (h.getSupervisedByDepartmentId() == null) {
            Department own = departments.findById(h.getDepartmentId())
                    .orElseThrow(() -> new NotFound("department", h.getDepartmentId()));
            SupervisionRights.requireSupervises(actor, own);
        } else {
            SupervisionRights.requireLifts(actor, h);
        }
        if (seenVersion != null) {
            StaleVersion.check("hazard", h.getId(), seenVersion, h.getVersion());
        }
        Instant now = clock.instant();
        HazardSupervisionLifted lifted = h.liftSupervision(actor.username(), now);
        Hazard saved = hazards.save(h);
        events.publishEvent(lifted);
        notifications.toHazardDepartment(saved.getId(), NotificationKind.SUPERVISION_LIFTED, null, now);
        return files.of(actor, saved);
    }
}
