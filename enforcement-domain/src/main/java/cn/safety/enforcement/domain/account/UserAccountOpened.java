package cn.safety.enforcement.domain.account;

/** An account was opened in a department. */
public record UserAccountOpened(UserAccountSnapshot after) implements UserAccountChange {

    public static UserAccountOpened of(UserAccount opened) {
        return new UserAccountOpened(opened.snapshot());
    }

    @Override
    public UserAccountSnapshot before() {
        return null;
    }
}
