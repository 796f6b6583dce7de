package cn.safety.enforcement.persistence.account;

import cn.safety.enforcement.domain.account.LoginThrottle;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleIT extends PersistenceIT {

    private static final int MAX = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final Instant T = Instant.parse("2030-03-01T08:00:00Z");

    @Autowired
    LoginThrottle throttle;

    @Test
    void after_the_maximum_failures_within_the_window_the_username_is_locked_until_now_plus_the_lock() {
        String user = username();
        for (int i = 0; i < MAX - 1; i++) {
            throttle.recordFailure(user, T.plusSeconds(60L * i), MAX, LOCK);
            assertThat(throttle.lockedUntil(user, T.plusSeconds(60L * i))).as("after failure %d", i + 1).isNull();
        }
        Instant fifth = T.plusSeconds(60L * (MAX - 1));
        throttle.recordFailure(user, fifth, MAX, LOCK);

        assertThat(throttle.lockedUntil(user, fifth)).isEqualTo(fifth.plus(LOCK));
        assertThat(throttle.lockedUntil(user, fifth.plus(LOCK).minusSeconds(1))).isEqualTo(fifth.plus(LOCK));
        assertThat(throttle.lockedUntil(user, fifth.plus(LOCK))).isNull();
    }

    @Test
    void a_success_clears_the_failures_and_the_lock() {
        String user = username();
        failures(user, T, MAX - 1);
        throttle.recordSuccess(user);
        throttle.recordFailure(user, T.plusSeconds(300), MAX, LOCK);
        assertThat(throttle.lockedUntil(user, T.plusSeconds(300))).as("count restarted after success").isNull();

        failures(user, T.plusSeconds(400), MAX);
        assertThat(throttle.lockedUntil(user, T.plusSeconds(500))).isNotNull();
        throttle.recordSuccess(user);
        assertThat(throttle.lockedUntil(user, T.plusSeconds(500))).isNull();
    }

    @Test
    void failures_older_than_the_window_start_the_count_again() {
        String user = username();
        failures(user, T, MAX - 1);
        Instant late = T.plusSeconds(3).plus(LOCK).plusSeconds(1);

        failures(user, late, MAX - 1);
        assertThat(throttle.lockedUntil(user, late.plusSeconds(10))).isNull();

        Instant last = late.plusSeconds(10);
        throttle.recordFailure(user, last, MAX, LOCK);
        assertThat(throttle.lockedUntil(user, last)).isEqualTo(last.plus(LOCK));
    }

    @Test
    void the_username_is_counted_and_locked_regardless_of_case_and_surrounding_spaces() {
        String user = username();
        String[] spellings = {user.toUpperCase(), user, " " + user + " ", capitalized(user), user.toUpperCase()};
        for (int i = 0; i < MAX; i++) {
            throttle.recordFailure(spellings[i], T.plusSeconds(i), MAX, LOCK);
        }
        Instant until = T.plusSeconds(MAX - 1).plus(LOCK);

        assertThat(throttle.lockedUntil(user, T.plusSeconds(10))).isEqualTo(until);
        assertThat(throttle.lockedUntil(user.toUpperCase(), T.plusSeconds(10))).isEqualTo(until);
        throttle.recordSuccess(capitalized(user));
        assertThat(throttle.lockedUntil(user, T.plusSeconds(10))).isNull();
    }

    @Test
    void one_username_being_locked_does_not_lock_another() {
        String locked = username();
        String other = username();
        failures(locked, T, MAX);
        throttle.recordFailure(other, T, MAX, LOCK);

        assertThat(throttle.lockedUntil(locked, T.plusSeconds(10))).isNotNull();
        assertThat(throttle.lockedUntil(other, T.plusSeconds(10))).isNull();
    }

    @Test
    void with_a_maximum_of_one_the_first_failure_locks() {
        String user = username();
        throttle.recordFailure(user, T, 1, LOCK);

        assertThat(throttle.lockedUntil(user, T)).isEqualTo(T.plus(LOCK));
    }

    @Test
    void only_the_failure_that_locks_reports_the_lock() {
        String user = username();
        for (int i = 0; i < MAX - 1; i++) {
            assertThat(throttle.recordFailure(user, T.plusSeconds(i), MAX, LOCK)).as("failure %d", i + 1).isNull();
        }
        Instant fifth = T.plusSeconds(MAX - 1);

        assertThat(throttle.recordFailure(user, fifth, MAX, LOCK)).isEqualTo(fifth.plus(LOCK));
    }

    @Test
    void what_is_on_record_is_nothing_for_a_name_that_never_failed_and_the_count_and_lock_after_failures() {
        String user = username();
        assertThat(throttle.attemptsOf(user, T)).isNull();

        failures(user, T, 2);
        assertThat(throttle.attemptsOf(user.toUpperCase(), T.plusSeconds(5)))
                .isEqualTo(new LoginThrottle.Attempts(2, null));

        failures(user, T.plusSeconds(10), MAX);
        assertThat(throttle.attemptsOf(user, T.plusSeconds(20)).lockedUntil()).isNotNull();
        assertThat(throttle.attemptsOf(user, T.plusSeconds(20)).failures()).isGreaterThanOrEqualTo(MAX);
    }

    @Test
    void the_locks_of_several_names_are_read_at_once_under_the_spelling_asked_for() {
        String locked = username();
        String free = username();
        failures(locked, T, MAX);
        throttle.recordFailure(free, T, MAX, LOCK);

        java.util.Map<String, Instant> locks = throttle.lockedUntil(
                java.util.List.of(capitalized(locked), free, username()), T.plusSeconds(10));

        assertThat(locks).containsOnlyKeys(capitalized(locked));
        assertThat(locks.get(capitalized(locked))).isEqualTo(T.plusSeconds(MAX - 1).plus(LOCK));
    }

    /** {@code n} failures one second apart from {@code start}. */
    private void failures(String user, Instant start, int n) {
        for (int i = 0; i < n; i++) {
            throttle.recordFailure(user, start.plusSeconds(i), MAX, LOCK);
        }
    }

    private static String username() {
        return "inspector." + TestData.unique().toLowerCase();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
