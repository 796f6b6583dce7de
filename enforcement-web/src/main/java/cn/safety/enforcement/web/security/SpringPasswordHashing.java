package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.PasswordHashing;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The domain's hashing port on Spring Security's delegating encoder (bcrypt by default). */
@Component
class SpringPasswordHashing implements PasswordHashing {

    private final PasswordEncoder encoder;

    SpringPasswordHashing(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String raw) {
        return encoder.encode(raw);
    }

    @Override
    public boolean matches(String raw, String hash) {
        return encoder.matches(raw, hash);
    }
}
