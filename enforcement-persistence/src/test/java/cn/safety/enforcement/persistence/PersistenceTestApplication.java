package cn.safety.enforcement.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The domain and persistence modules wired together, without the web layer. */
@SpringBootApplication(scanBasePackages = "cn.safety.enforcement")
public class PersistenceTestApplication {

    /** No one is signed in here: the record names the system. */
    @Bean
    cn.safety.enforcement.domain.audit.ActingUser actingUser() {
        return java.util.Optional::empty;
    }

    /** The PDF layout lives in the web module; here a document's bytes only name its number. */
    @Bean
    cn.safety.enforcement.domain.document.DocumentRenderer documentRenderer() {
        return (letterhead, content) -> ("%PDF-1.4 " + letterhead.number() + " " + content.title())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    cn.safety.enforcement.domain.account.PasswordPolicy passwordPolicy() {
        return new cn.safety.enforcement.domain.account.PasswordPolicy(false);
    }

    @Bean
    cn.safety.enforcement.domain.account.LoginLimits loginLimits() {
        return new cn.safety.enforcement.domain.account.LoginLimits(5, java.time.Duration.ofMinutes(15));
    }

    @Bean
    cn.safety.enforcement.domain.enterprise.ImportLimits importLimits() {
        return new cn.safety.enforcement.domain.enterprise.ImportLimits(100, java.time.Duration.ofHours(1));
    }

    @Bean
    cn.safety.enforcement.domain.account.PasswordHashing passwordHashing() {
        return new cn.safety.enforcement.domain.account.PasswordHashing() {
            @Override
            public String hash(String raw) {
                return "plain:" + raw;
            }

            @Override
            public boolean matches(String raw, String hash) {
                return hash.equals("plain:" + raw);
            }
        };
    }
}
