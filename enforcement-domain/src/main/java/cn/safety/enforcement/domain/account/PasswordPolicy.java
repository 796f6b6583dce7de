package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.RuleViolation;

import java.util.Set;

/**
 * What a password must be: at least 8 characters and at most 72 bytes, with letters and digits, not the username,
 * and, where the demo passwords are refused (production), none of them.
 */
public final class PasswordPolicy {

    public static final String DEMO_PASSWORD = "Demo@2026";

    static final int MAX_BYTES = 72;

    private final Set<String> refused;

    public PasswordPolicy(boolean refuseDemoPasswords) {
        this.refused = refuseDemoPasswords ? Set.of(DEMO_PASSWORD) : Set.of();
    }

    public void check(String field, String username, String raw) {
        if (raw == null || raw.length() < 8) {
            throw new RuleViolation(field, "password.tooShort", 8);
        }
        if (raw.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            // bcrypt reads at most 72 bytes; a longer password would be refused by the hash function itself
            throw new RuleViolation(field, "password.tooManyBytes", MAX_BYTES);
        }
        if (raw.chars().noneMatch(Character::isDigit) || raw.chars().noneMatch(Character::isLetter)) {
            throw new RuleViolation(field, "password.lettersAndDigits");
        }
        if (raw.equalsIgnoreCase(username)) {
            throw new RuleViolation(field, "password.username");
        }
        if (refused.contains(raw)) {
            throw new RuleViolation(field, "password.demoRefused");
        }
    }

    public boolean refusesDemoPasswords() {
        return !refused.isEmpty();
    }
}
