package cn.safety.enforcement.domain.token;

import cn.safety.enforcement.domain.account.AccountChanged;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.account.UserAccountTokensRevoked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * When an account is disabled, or its password, roles or department change, every token issued to it dies, in the same
 * transaction as the change: a token never keeps rights, or a password, the account no longer has. (Sessions end too,
 * after the commit.)
 */
@Component
class RevokingTokensOfChangedAccounts {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevokingTokensOfChangedAccounts(UserAccounts accounts, ApiTokens tokens, ApplicationEventPublisher events,
                                    Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void revoke(AccountChanged event) {
        accounts.findByUsername(event.username()).ifPresent(a -> {
            int revoked = tokens.revokeAllOf(a.getId(), clock.instant());
            if (revoked > 0) {
                events.publishEvent(new UserAccountTokensRevoked(a.snapshot(), revoked));
            }
        });
    }
}
