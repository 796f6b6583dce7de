package cn.safety.enforcement.domain.account;

/**
 * The account of an enterprise moved to the department the enterprise was assigned to (调整管辖, 提级管辖, 指定管辖), in
 * the transaction that assigned it. Whoever is signed in with it signs in again.
 */
public record UserAccountMovedWithEnterprise(UserAccountSnapshot before, UserAccountSnapshot after)
        implements AccountChanged {

    @Override
    public boolean bySelf() {
        return false;
    }
}
