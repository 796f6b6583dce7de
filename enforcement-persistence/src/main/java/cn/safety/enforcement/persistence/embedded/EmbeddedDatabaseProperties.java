package cn.safety.enforcement.persistence.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL ({@code enforcement.*}): where it keeps its files ({@code enforcement.data-dir}) and the port
 * it listens on ({@code enforcement.embedded-db.port}, 0: any free one).
 */
@ConfigurationProperties("enforcement")
record EmbeddedDatabaseProperties(@DefaultValue("./data") String dataDir, @DefaultValue EmbeddedDb embeddedDb) {

    record EmbeddedDb(@DefaultValue("0") int port) {
    }
}
