package cn.safety.enforcement.domain.notification;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The signed-in person's own notifications: only theirs, and only those that reached them in their present
 * department (a person moved to another department no longer reads what concerned the old one's hazards).
 */
@Service
@Transactional
public class ReadingNotifications {

    public static final int MAX_PAGE = 100;

    private final Notifications notifications;
    private final Clock clock;

    public ReadingNotifications(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A page of notifications, how many are unread, and the id to continue after (null at the end). */
    public record Inbox(List<Notification> items, long unread, Long next) {
    }

    @Transactional(readOnly = true)
    public Inbox inbox(Actor actor, Long after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new RuleViolation("size", "notification.list.size", MAX_PAGE);
        }
        List<Notification> page = notifications.pageOf(actor.userId(), actor.departmentId(), after, size + 1);
        boolean more = page.size() > size;
        List<Notification> shown = more ? page.subList(0, size) : page;
        return new Inbox(shown, notifications.countUnread(actor.userId(), actor.departmentId()),
                more ? shown.get(shown.size() - 1).id() : null);
    }

    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return notifications.countUnread(actor.userId(), actor.departmentId());
    }

    /** Marks one read; another person's notification is not found. */
    public void markRead(Actor actor, long id) {
        if (!notifications.markRead(actor.userId(), id, clock.instant())) {
            throw new NotFound("notification", id);
        }
    }

    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.userId(), clock.instant());
    }
}
