package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.audit.ActingUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The acting user is whoever is signed in on this thread (a session or an API token); no one at start-up, for demo
 * data and in scheduled jobs, which the record names as the system.
 */
@Component
class SignedInActingUser implements ActingUser {

    @Override
    public Optional<String> username() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof EnforcementUser user) {
            return Optional.of(user.getUsername());
        }
        return Optional.empty();
    }
}
