package cn.safety.enforcement.domain.account;

/** An admin revised an account: name, department, roles, certificate, enabled. */
public record UserAccountRevised(UserAccountSnapshot before, UserAccountSnapshot after, boolean bySelf)
        implements AccountChanged {
}
