package cn.safety.enforcement.domain.account;

/** An admin set a new password for another's account (the password itself is never recorded). */
public record UserAccountPasswordReset(UserAccountSnapshot after) implements AccountChanged,
        UserAccountChange.StateKept {

    @Override
    public boolean bySelf() {
        return false;
    }
}
