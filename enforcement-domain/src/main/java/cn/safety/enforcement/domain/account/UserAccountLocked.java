package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.time.Instant;
import java.util.Map;

/** Failed password checks locked the account's sign-in until {@code lockedUntil}: the system's act. */
public record UserAccountLocked(UserAccountSnapshot after, Instant lockedUntil, int failures, String client)
        implements UserAccountChange.StateKept {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("lockedUntil", lockedUntil == null ? null : lockedUntil.toString(),
                "failures", failures, "client", client);
    }

    @Override
    public boolean bySystem() {
        return true;
    }
}
