package cn.safety.enforcement.web.session;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;

import java.time.Duration;
import java.util.EnumSet;

/**
 * Spring Session JDBC, set up here rather than by Spring Boot, because the pages use it through
 * {@link KeptSessionRepository}:
 * <ul>
 *   <li>session attributes are written with {@code INSERT ... ON CONFLICT DO UPDATE}: parallel requests on a fresh
 *       session (a browser loading a page and its resources) may each add the same attribute, and a plain insert failed
 *       all but one of them with a duplicate key;</li>
 *   <li>expired sessions are deleted by one node under a cluster lock ({@code ExpiredSessionCleanup}), not by each.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
@EnableConfigurationProperties(SessionSettings.class)
class SessionConfiguration {

    /** The working day, unless {@code server.servlet.session.timeout} (or {@code spring.session.timeout}) says otherwise. */
    private static final Duration DEFAULT_SIGNED_IN_TIMEOUT = Duration.ofHours(8);

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesWrittenOnConflictUpdate() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsCleanedUpUnderClusterLock(
            SessionSettings settings) {
        return repository -> {
            repository.setCleanupCron("-");
            repository.setDefaultMaxInactiveInterval(settings.anonymousTimeout());
        };
    }

    @Bean
    @Primary
    KeptSessionRepository keptSessionRepository(JdbcIndexedSessionRepository jdbc, SessionTimeout timeout,
                                                SessionSettings settings) {
        Duration signedIn = timeout.getTimeout() == null ? DEFAULT_SIGNED_IN_TIMEOUT : timeout.getTimeout();
        return new KeptSessionRepository(jdbc, signedIn, settings);
    }

    /** Wraps the session filter, so that a session is read from the database at most once per request. */
    @Bean
    FilterRegistrationBean<Filter> oneSessionReadPerRequest() {
        Filter filter = (request, response, chain) -> {
            KeptSessionRepository.OneReadPerRequest.begin();
            try {
                chain.doFilter(request, response);
            } finally {
                KeptSessionRepository.OneReadPerRequest.end();
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
        return registration;
    }
}
