package cn.safety.enforcement.web.token;

import cn.safety.enforcement.domain.token.ApiTokenService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Deletes API tokens a day after they expired, every hour, on one node of the cluster. */
@Component
class ExpiredTokenCleanup {

    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    private final ApiTokenService tokens;

    ExpiredTokenCleanup(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Scheduled(cron = "${enforcement.api.token.cleanup-cron:0 17 * * * *}")
    @SchedulerLock(name = "expired-token-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    void deleteExpired() {
        tokens.deleteExpired(KEPT_AFTER_EXPIRY);
    }
}
