package cn.safety.enforcement.domain.account;

/** Port: one-way password hashing, provided by the security layer. */
public interface PasswordHashing {

    String hash(String raw);

    boolean matches(String raw, String hash);
}
