package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static cn.safety.enforcement.domain.testsupport.Violations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class PasswordPolicyTest {

    private final PasswordPolicy production = new PasswordPolicy(true);
    private final PasswordPolicy demo = new PasswordPolicy(false);

    @Test
    void a_password_with_letters_and_digits_of_eight_characters_is_accepted() {
        assertThatCode(() -> production.check("password", "zhangsan", "anquan26")).doesNotThrowAnyException();
    }

    @Test
    void a_password_shorter_than_eight_characters_is_too_short() {
        RuleViolation v = violationOf(() -> production.check("password", "zhangsan", "anqua26"));

        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("password");
            assertThat(p.messageCode()).isEqualTo("password.tooShort");
            assertThat(p.args()).containsExactly(8);
        });
    }

    @Test
    void no_password_at_all_is_too_short() {
        assertThat(problemsOf(() -> production.check("password", "zhangsan", null)))
                .containsExactly("password:password.tooShort");
    }

    @Test
    void a_password_may_have_72_bytes_but_not_73_because_bcrypt_reads_no_more() {
        assertThatCode(() -> production.check("password", "zhangsan", "a1".repeat(36))).doesNotThrowAnyException();
        assertThat(problemsOf(() -> production.check("password", "zhangsan", "a1".repeat(36) + "b")))
                .containsExactly("password:password.tooManyBytes");
        // 24 Chinese characters are 72 bytes in UTF-8; with letters and digits beside them the limit is passed
        assertThat(problemsOf(() -> production.check("password", "zhangsan", "安".repeat(24) + "a1")))
                .containsExactly("password:password.tooManyBytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"onlyletters", "1234567890", "!!!!@@@@####"})
    void a_password_needs_both_letters_and_digits(String raw) {
        assertThat(problemsOf(() -> production.check("password", "zhangsan", raw)))
                .containsExactly("password:password.lettersAndDigits");
    }

    @Test
    void the_username_is_refused_as_password_whatever_its_case() {
        assertThat(problemsOf(() -> production.check("password", "zhangsan01", "ZhangSan01")))
                .containsExactly("password:password.username");
    }

    @Test
    void the_problem_is_bound_to_the_field_the_caller_names() {
        assertThat(problemsOf(() -> production.check("newPassword", "zhangsan", "short1")))
                .containsExactly("newPassword:password.tooShort");
    }

    @Test
    void the_demo_password_is_refused_when_demo_passwords_are_refused() {
        assertThat(production.refusesDemoPasswords()).isTrue();
        assertThat(problemsOf(() -> production.check("password", "zhangsan", PasswordPolicy.DEMO_PASSWORD)))
                .containsExactly("password:password.demoRefused");
    }

    @Test
    void the_demo_password_is_accepted_when_demo_passwords_are_allowed() {
        assertThat(demo.refusesDemoPasswords()).isFalse();
        assertThatCode(() -> demo.check("password", "zhangsan", PasswordPolicy.DEMO_PASSWORD))
                .doesNotThrowAnyException();
    }

    @Test
    void allowing_demo_passwords_relaxes_nothing_else() {
        assertThat(problemsOf(() -> demo.check("password", "zhangsan", "short1")))
                .containsExactly("password:password.tooShort");
        assertThat(problemsOf(() -> demo.check("password", "zhangsan", "onlyletters")))
                .containsExactly("password:password.lettersAndDigits");
    }
}
