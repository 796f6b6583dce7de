package cn.safety.enforcement.domain.account;

/** The holder changed their own password (the password itself is never recorded). */
public record UserAccountPasswordChanged(UserAccountSnapshot after) implements AccountChanged,
        UserAccountChange.StateKept {

    @Override
    public boolean bySelf() {
        return true;
    }
}
