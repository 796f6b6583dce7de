package cn.safety.enforcement.web.notification;

import cn.safety.enforcement.domain.notification.ReadingNotifications;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

@RestController
@Tag(name = "notifications", description = "站内提醒: the caller's own notifications (deadlines passed, escalations,"
        + " 挂牌督办), newest first")
class NotificationApi {

    private final ReadingNotifications reading;
    private final ZoneId zone;

    NotificationApi(ReadingNotifications reading, Clock clock) {
        this.reading = reading;
        this.zone = clock.getZone();
    }

    record Page(List<NotificationView> items, long unread, String next) {
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "The caller's notifications, newest first, by keyset pages, with the number unread")
    Page list(@AuthenticationPrincipal EnforcementUser user,
              @RequestParam(required = false) @Parameter(description = "cursor: the `next` of the page before")
              Long after,
              @RequestParam(defaultValue = "50") int size) {
        ReadingNotifications.Inbox inbox = reading.inbox(user.actor(), after, size);
        return new Page(inbox.items().stream().map(n -> NotificationView.of(n, zone)).toList(), inbox.unread(),
                inbox.next() == null ? null : String.valueOf(inbox.next()));
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @Operation(summary = "Marks one of the caller's notifications read (204); another's is not found (404)")
    ResponseEntity<Void> read(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        reading.markRead(user.actor(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/notifications/read-all")
    @Operation(summary = "Marks every notification of the caller read (204)")
    ResponseEntity<Void> readAll(@AuthenticationPrincipal EnforcementUser user) {
        reading.markAllRead(user.actor());
        return ResponseEntity.noContent().build();
    }
}
