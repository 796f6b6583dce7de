package cn.safety.enforcement.web.schedule;

import cn.safety.enforcement.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The session cleanup deletes expired sessions only, and takes its cluster lock to do so. */
class ExpiredSessionCleanupIT extends WebIT {

    @Autowired
    ExpiredSessionCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void expired_sessions_are_deleted_under_the_cluster_lock_and_live_ones_kept() {
        long now = System.currentTimeMillis();
        String expired = session(now - 10 * 3_600_000L, now - 3_600_000L);
        String live = session(now, now + 3_600_000L);

        // the scheduled run of the shared test application may hold the lock for its minimum time right now (it runs
        // every ten minutes); this test calls the job itself, so that lock is let go first
        jdbc.sql("UPDATE shedlock SET lock_until = now() - interval '1 second' WHERE name = 'expired-session-cleanup'")
                .update();
        cleanup.deleteExpired();

        assertThat(exists(expired)).isFalse();
        assertThat(exists(live)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'expired-session-cleanup'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private String session(long created, long expires) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time, principal_name)
                        VALUES (?, ?, ?, ?, 1800, ?, 'cleanup-test')""")
                .params(id, UUID.randomUUID().toString(), created, created, expires).update();
        return id;
    }

    private boolean exists(String primaryId) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE primary_id = ?").param(primaryId)
                .query(Long.class).single() > 0;
    }
}
