package cn.safety.enforcement.web.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows who is signed in, for the header and for showing only the actions the user may take, and the time
 * zone in which to show times and the day it is there.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final java.time.Clock clock;

    CurrentUserAdvice(java.time.Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The legal day now, in that zone: certificates and deadlines are valid or past by it. */
    @ModelAttribute("today")
    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    @ModelAttribute("me")
    EnforcementUser me(@AuthenticationPrincipal EnforcementUser user) {
        return user;
    }
}
