package cn.safety.enforcement.domain.account;

/**
 * An account's roles, department, state or password changed: whoever is signed in with it must sign in again, so that
 * no session keeps rights the account no longer has ({@code bySelf}: the holder made the change, and keeps the session
 * they made it from).
 */
public interface AccountChanged extends UserAccountChange {

    boolean bySelf();

    default String username() {
        return after() == null ? null : after().username();
    }
}
