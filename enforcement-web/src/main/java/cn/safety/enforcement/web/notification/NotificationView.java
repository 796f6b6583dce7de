package cn.safety.enforcement.web.notification;

import cn.safety.enforcement.domain.notification.Notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A notification as the API shows it. {@code kind}: HAZARD_OVERDUE, HAZARD_ESCALATED, RECHECK_OVERDUE,
 * HAZARD_SUPERVISED, SUPERVISION_LIFTED; {@code role}: SUPERVISOR when it reached the reader as a supervisor of
 * {@code departmentId}, null when it was addressed to them as the hazard's inspector; {@code readAt} null while unread.
 */
public record NotificationView(long id, String kind, long hazardId, String enterpriseName, String hazardDescription,
                               LocalDate deadline, long departmentId, String role, OffsetDateTime createdAt,
                               OffsetDateTime readAt) {

    static NotificationView of(Notification n, ZoneId zone) {
        return new NotificationView(n.id(), n.kind().name(), n.hazardId(), n.enterpriseName(), n.hazardDescription(),
                n.dueOn(), n.departmentId(), n.role(), n.createdAt().atZone(zone).toOffsetDateTime(),
                n.readAt() == null ? null : n.readAt().atZone(zone).toOffsetDateTime());
    }
}
