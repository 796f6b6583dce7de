package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.RuleViolation;

/** The current password given to change it was wrong: refused, and counted like a failed sign-in. */
public class CurrentPasswordWrong extends RuleViolation {

    public CurrentPasswordWrong() {
        super("currentPassword", "password.currentWrong");
    }
}
