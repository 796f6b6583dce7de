package cn.safety.enforcement.domain.account;

/**
 * An account's roles, department, state or password changed: whoever is signed in with it must sign in again, so that
 * no session keeps rights the account no longer has.
 */
public record AccountChanged(String username, boolean bySelf) {
}
