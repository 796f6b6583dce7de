package cn.safety.enforcement.persistence.notification;

import cn.safety.enforcement.domain.notification.Notification;
import cn.safety.enforcement.domain.notification.NotificationKind;
import cn.safety.enforcement.domain.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Notifications, one row per person: a page is {@code recipient_user_id = ? … ORDER BY id DESC LIMIT n} over
 * {@code notification_recipient_idx} with the hazard's description and enterprise name joined by primary key; the
 * unread count reads {@code notification_unread_idx}.
 */
@Repository
class JdbcNotifications implements Notifications {

    private static final String TO_HAZARD_DEPARTMENT = """
            WITH marked AS (
                SELECT h.id, h.department_id, h.found_by, h.ordered_by, CAST(:due AS date) AS due
                FROM hazard h WHERE h.id = :hazard
            ), %s
            SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM supervisors)
            """.formatted(cn.safety.enforcement.persistence.hazard.HazardNotices.DEPARTMENT_NOTICES);

    private final JdbcClient jdbc;

    JdbcNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void toHazardDepartment(long hazardId, NotificationKind kind, LocalDate dueOn, Instant now) {
        jdbc.sql(TO_HAZARD_DEPARTMENT).param("hazard", hazardId).param("kind", kind.name())
                .param("due", dueOn == null ? null : Date.valueOf(dueOn)).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    @Override
    public List<Notification> pageOf(long userId, long departmentId, Long afterId, int limit) {
        return jdbc.sql("""
                        SELECT n.id, n.kind, n.hazard_id, e.name AS enterprise_name, h.description, n.due_on,
                               n.recipient_department_id, n.recipient_role, n.created_at, n.read_at
                        FROM notification n
                        JOIN hazard h ON h.id = n.hazard_id
                        JOIN enterprise e ON e.id = h.enterprise_id
                        WHERE n.recipient_user_id = :user AND n.recipient_department_id = :department
                          AND n.id < :after
                        ORDER BY n.id DESC LIMIT :limit""")
                .param("user", userId).param("department", departmentId)
                .param("after", afterId == null ? Long.MAX_VALUE : afterId).param("limit", limit)
                .query((rs, n) -> notification(rs)).list();
    }

    @Override
    public long countUnread(long userId, long departmentId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_user_id = :user AND read_at IS NULL"
                        + " AND recipient_department_id = :department")
                .param("user", userId).param("department", departmentId).query(Long.class).single();
    }

    @Override
    public boolean markRead(long userId, long id, Instant now) {
        return jdbc.sql("UPDATE notification SET read_at = coalesce(read_at, :now) WHERE id = :id"
                        + " AND recipient_user_id = :user")
                .param("now", Timestamp.from(now)).param("id", id).param("user", userId).update() == 1;
    }

    @Override
    public int markAllRead(long userId, Instant now) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE recipient_user_id = :user AND read_at IS NULL")
                .param("now", Timestamp.from(now)).param("user", userId).update();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_on");
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getLong("hazard_id"), rs.getString("enterprise_name"), rs.getString("description"),
                due == null ? null : due.toLocalDate(), rs.getLong("recipient_department_id"),
                rs.getString("recipient_role"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
