package cn.safety.enforcement.domain.token;

import cn.safety.enforcement.domain.account.AccountChanged;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When an account is disabled, or its password, roles or department change, every token issued to it dies, in the same
 * transaction as the change: a token never keeps rights, or a password, the account no longer has. (Sessions end too,
 * after the commit.)
 */
@Component
class RevokingTokensOfChangedAccounts {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    RevokingTokensOfChangedAccounts(UserAccounts accounts, ApiTokens tokens, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void revoke(AccountChanged event) {
        accounts.findByUsername(event.username()).ifPresent(a -> {
            int revoked = tokens.revokeAllOf(a.getId(), clock.instant());
            if (revoked > 0) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("username", a.getUsername());
                after.put("tokensRevoked", revoked);
                audit.record(new AuditActor(AuditActor.SYSTEM.username(), a.getDepartmentId()), "UserAccount",
                        a.getId(), "REVOKE_TOKENS", null, after);
            }
        });
    }
}
