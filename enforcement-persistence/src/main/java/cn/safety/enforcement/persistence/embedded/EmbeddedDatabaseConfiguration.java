package cn.safety.enforcement.persistence.embedded;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * With no {@code spring.datasource.url} configured, the application starts its own PostgreSQL server keeping its files
 * in {@code enforcement.data-dir} (ENFORCEMENT_DATA_DIR, default {@code ./data}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties({EmbeddedDatabaseProperties.class, PoolProperties.class})
public class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "enforcement";

    /**
     * Stopped by the context when it closes, after the web server has finished its requests; stopped by the JVM's
     * shutdown when the application is stopped or fails while it is still starting.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties settings) throws IOException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(settings.dataDir(), "postgres"),
                settings.embeddedDb().port());
        try {
            server.createDatabase(DATABASE);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Once the application runs, a SIGTERM lets it finish its requests (graceful shutdown) before the server stops. */
    @Bean
    ApplicationListener<ContextRefreshedEvent> embeddedPostgresStopsAfterTheApplication(
            EmbeddedPostgresServer server, PoolProperties settings) {
        Duration shutdownPhase = settings.lifecycle().timeoutPerShutdownPhase();
        return refreshed -> server.stopWithApplication(shutdownPhase.plusSeconds(30));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server, PoolProperties settings) {
        int poolSize = settings.datasource().hikari().maximumPoolSize();
        String initSql = settings.datasource().hikari().connectionInitSql();
        HikariDataSource ds = new HikariDataSource();
        if (!initSql.isBlank()) {
            ds.setConnectionInitSql(initSql);
        }
        ds.setJdbcUrl(server.jdbcUrl(DATABASE));
        ds.setUsername(server.username());
        ds.setPassword(server.password());
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("embedded-postgres");
        return ds;
    }

    static class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            String url = env.getProperty("spring.datasource.url");
            return (url == null || url.isBlank())
                    && env.getProperty("enforcement.embedded-db.enabled", Boolean.class, true);
        }
    }
}
