package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** Every active token of an account died with a change of the account: the system's act, as a consequence. */
public record UserAccountTokensRevoked(UserAccountSnapshot after, int tokensRevoked)
        implements UserAccountChange.StateKept {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("tokensRevoked", tokensRevoked);
    }

    @Override
    public boolean bySystem() {
        return true;
    }
}
