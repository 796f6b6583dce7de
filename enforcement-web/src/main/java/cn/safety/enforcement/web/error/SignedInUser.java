package cn.safety.enforcement.web.error;

import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Map;

/**
 * The layout's header shows the signed-in user's navigation. Error pages drawn by exception handlers get no model
 * attributes from the controller advice, so they add the user here, lest staff lose the navigation on a 404.
 */
final class SignedInUser {

    private SignedInUser() {
    }

    static void addTo(Map<String, Object> model) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof EnforcementUser user && !model.containsKey("me")) {
            model.put("me", user);
        }
    }
}
