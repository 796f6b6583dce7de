package cn.safety.enforcement.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The login page again, answered 429, when the login form came from a client past its limit of failed sign-ins
 * (the form login's failure handler forwards here, having set {@code Retry-After}).
 */
@Controller
class ClientThrottledPage {

    static final String PATH = "/login/throttled";
    static final String RETRY_AFTER = ClientThrottledPage.class.getName() + ".retryAfter";

    @RequestMapping(PATH)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String page(HttpServletRequest request, Model model) {
        Object seconds = request.getAttribute(RETRY_AFTER);
        model.addAttribute("throttledSeconds", seconds == null ? 60L : seconds);
        return "login";
    }
}
