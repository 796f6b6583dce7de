package cn.safety.enforcement.domain.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One notification of one person: its kind, the hazard it concerns (with the enterprise's name and the hazard's
 * description, read with it), the deadline that passed or was set, when, and when the person read it (null while
 * unread). {@code role} says how it reached the person: as a holder of that role in {@code departmentId}, or (null)
 * by name, as the inspector of the hazard.
 */
public record Notification(long id, NotificationKind kind, long hazardId, String enterpriseName,
                           String hazardDescription, LocalDate dueOn, long departmentId, String role,
                           Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
