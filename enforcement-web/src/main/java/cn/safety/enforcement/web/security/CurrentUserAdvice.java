package cn.safety.enforcement.web.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in, for the header and for showing only the actions the user may take. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("me")
    EnforcementUser me(@AuthenticationPrincipal EnforcementUser user) {
        return user;
    }
}
