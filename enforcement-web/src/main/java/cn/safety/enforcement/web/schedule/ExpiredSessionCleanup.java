package cn.safety.enforcement.web.schedule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired HTTP sessions from the database every ten minutes, on one node of the cluster (Spring Session's own
 * cleanup, which every node would run, is switched off).
 */
@Component
class ExpiredSessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${enforcement.sessions.cleanup-cron:0 */10 * * * *}")
    @SchedulerLock(name = "expired-session-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    void deleteExpired() {
        sessions.cleanUpExpiredSessions();
    }
}
