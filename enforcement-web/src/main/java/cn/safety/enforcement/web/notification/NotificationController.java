package cn.safety.enforcement.web.notification;

import cn.safety.enforcement.domain.notification.ReadingNotifications;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.Map;

/**
 * The notifications page ({@code /notifications}) and the number the bell of the layout shows, which the page's script
 * asks for after the page is drawn ({@code /notifications/unread}), so that no page pays a query for it.
 */
@Controller
class NotificationController {

    private final ReadingNotifications reading;
    private final Clock clock;

    NotificationController(ReadingNotifications reading, Clock clock) {
        this.reading = reading;
        this.clock = clock;
    }

    @GetMapping("/notifications")
    String page(@AuthenticationPrincipal EnforcementUser user, @RequestParam(required = false) Long after,
                Model model) {
        ReadingNotifications.Inbox inbox = reading.inbox(user.actor(), after, 50);
        model.addAttribute("inbox", inbox);
        model.addAttribute("zone", clock.getZone());
        return "notifications/list";
    }

    @GetMapping("/notifications/unread")
    @ResponseBody
    Map<String, Long> unread(@AuthenticationPrincipal EnforcementUser user) {
        return Map.of("unread", reading.unread(user.actor()));
    }

    @PostMapping("/notifications/{id}/read")
    String read(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id) {
        reading.markRead(user.actor(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal EnforcementUser user, RedirectAttributes redirect) {
        reading.markAllRead(user.actor());
        redirect.addFlashAttribute("flash", "notification.allRead");
        return "redirect:/notifications";
    }
}
