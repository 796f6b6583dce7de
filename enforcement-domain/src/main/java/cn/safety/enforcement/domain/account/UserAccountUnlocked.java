package cn.safety.enforcement.domain.account;

import java.time.Instant;
import java.util.Map;

/** An admin ended the sign-in lock of an account before its time ({@code lockedUntil}: the end it had). */
public record UserAccountUnlocked(UserAccountSnapshot after, Instant lockedUntil)
        implements UserAccountChange.StateKept {

    /** The lock that was ended is part of the state before. */
    @Override
    public Map<String, Object> beforeFields() {
        Map<String, Object> fields = after == null ? new java.util.LinkedHashMap<>() : after.fields();
        fields.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
        return fields;
    }
}
