package cn.safety.enforcement.domain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Port: the notifications, one row per person (a notice to a department's role reaches each holder of it). */
public interface Notifications {

    /**
     * Notifies the department a hazard is under: the inspectors who found and ordered it (by name, when they are still
     * of that department) and the department's supervisors.
     */
    void toHazardDepartment(long hazardId, NotificationKind kind, LocalDate dueOn, Instant now);

    /** The person's notifications of their present department, newest first, after {@code afterId} (keyset). */
    List<Notification> pageOf(long userId, long departmentId, Long afterId, int limit);

    /** How many of them the person has not read. */
    long countUnread(long userId, long departmentId);

    /** Marks one of the person's notifications read; false when it is not theirs. */
    boolean markRead(long userId, long id, Instant now);

    /** Marks every notification of the person read; how many were unread. */
    int markAllRead(long userId, Instant now);
}
