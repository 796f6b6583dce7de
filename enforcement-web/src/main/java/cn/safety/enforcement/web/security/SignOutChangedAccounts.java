package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.AccountChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When an account's roles, department, state or password change, every session signed in with it ends (sessions are
 * kept in the database, so this reaches every node). A user who changed their own password keeps the session they did
 * it from.
 */
@Component
class SignOutChangedAccounts {

    private static final Logger log = LoggerFactory.getLogger(SignOutChangedAccounts.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignOutChangedAccounts(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void signOut(AccountChanged event) {
        String current = currentSessionId();
        int ended = 0;
        for (String id : sessions.findByPrincipalName(event.username()).keySet()) {
            if (event.bySelf() && id.equals(current)) {
                continue;
            }
            sessions.deleteById(id);
            ended++;
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of {} after a change to the account", ended, event.username());
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
