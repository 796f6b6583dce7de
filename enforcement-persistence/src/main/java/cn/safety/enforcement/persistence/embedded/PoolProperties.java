package cn.safety.enforcement.persistence.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The standard settings the embedded database's own pool and shutdown follow, read as Spring Boot reads them for an
 * external database: {@code spring.datasource.hikari.maximum-pool-size} and {@code .connection-init-sql}, and
 * {@code spring.lifecycle.timeout-per-shutdown-phase}.
 */
@ConfigurationProperties("spring")
record PoolProperties(@DefaultValue Datasource datasource, @DefaultValue Lifecycle lifecycle) {

    record Datasource(@DefaultValue Hikari hikari) {
    }

    record Hikari(@DefaultValue("20") int maximumPoolSize, @DefaultValue("") String connectionInitSql) {
    }

    record Lifecycle(@DefaultValue("30s") Duration timeoutPerShutdownPhase) {
    }
}
